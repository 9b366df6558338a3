// After a save, move the focus to the message that says so: a screen reader reads it and a
// keyboard user continues from there.
document.addEventListener("DOMContentLoaded", () => {
  const message = document.querySelector(".messages li.success");
  if (message) {
    message.setAttribute("tabindex", "-1");
    message.focus();
  }
});
