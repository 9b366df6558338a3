// After a save, move the focus to the message that says so: a screen reader reads it and a
// keyboard user continues from there.
document.addEventListener("DOMContentLoaded", () => {
  const message = document.querySelector(".messages li.success");
  if (message) {
    message.setAttribute("tabindex", "-1");
    message.focus();
  }
});

// A link to a chapter of the edition (/admin/pages/<id>/edit/#block-<id>-section, from the start
// screen) lands on that chapter: the StreamField draws its blocks and rich-text editors after the page
// has loaded, so the content above the block keeps growing. Scroll when the block appears and again
// while the editor settles, until the user scrolls or types.
document.addEventListener("DOMContentLoaded", () => {
  const hash = window.location.hash;
  if (!hash.startsWith("#block-")) return;
  const id = decodeURIComponent(hash.slice(1));
  let userMoved = false;
  ["wheel", "keydown", "touchstart", "mousedown"].forEach((name) =>
    window.addEventListener(name, () => { userMoved = true; }, { once: true, capture: true }),
  );
  let tries = 0;
  const timer = window.setInterval(() => {
    tries += 1;
    const block = document.getElementById(id);
    if (block && !userMoved) block.scrollIntoView({ block: "start" });
    if (userMoved || tries > 40) window.clearInterval(timer);
  }, 100);
});

// The "Doorgeschoven naar" fields only while the status is doorgeschoven: the status select names
// that value (data-mhm-status); the server ignores the fields with any other status. Without
// JavaScript they simply stay visible.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("select[data-mhm-status]").forEach((select) => {
    const fields = select.form ? select.form.querySelectorAll("[data-mhm-postponement]") : [];
    const wrappers = [...fields].map((field) => field.closest(".w-field__wrapper") || field);
    const sync = () => {
      const shown = select.value === select.dataset.mhmStatus;
      wrappers.forEach((wrapper) => { wrapper.hidden = !shown; });
    };
    select.addEventListener("change", sync);
    sync();
  });
});
