// dateline pages: the one script the Content-Security-Policy allows. Everything works without it;
// it adds: click a speaker in an article's side list to show only that speaker's quotes.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const text = document.querySelector(".story-text");
  if (!text) return;
  for (const item of document.querySelectorAll(".speakers .speaker")) {
    item.addEventListener("click", (event) => {
      if (event.target.closest("a")) return; // links still go where they say
      const colour = item.dataset.speaker;
      const already = item.classList.contains("chosen");
      document.querySelectorAll(".speakers .speaker.chosen").forEach((s) => s.classList.remove("chosen"));
      text.querySelectorAll(".q.chosen").forEach((q) => q.classList.remove("chosen"));
      text.classList.toggle("focus-speaker", !already);
      if (already) return;
      item.classList.add("chosen");
      text.querySelectorAll(".q.sp" + colour).forEach((q) => q.classList.add("chosen"));
    });
  }
});
