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

// Fields that count only with one choice of a select: the "Doorgeschoven naar" fields with the
// status doorgeschoven, a new meeting's date and title with "Nieuwe vergadering". The select names
// that value (data-mhm-shows), the fields name the select (data-mhm-shown-by); the server ignores
// them otherwise. Without JavaScript they simply stay visible.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("select[data-mhm-shows]").forEach((select) => {
    const selector = `[data-mhm-shown-by="${select.name}"]`;
    const fields = select.form ? select.form.querySelectorAll(selector) : [];
    const wrappers = [...fields].map((field) => field.closest(".w-field__wrapper") || field);
    const sync = () => {
      const shown = select.value === select.dataset.mhmShows;
      wrappers.forEach((wrapper) => { wrapper.hidden = !shown; });
    };
    select.addEventListener("change", sync);
    sync();
  });
});
