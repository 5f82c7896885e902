// Click (or Enter on) a claim row: highlight its facts in every article and bring the first of
// each into view; click again to clear. Hovering a fact shows its details through its title.
(function () {
  function clear() {
    document.querySelectorAll(".claim.selected").forEach(function (r) { r.classList.remove("selected"); });
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
  }
  function select(row) {
    var id = row.getAttribute("data-claim");
    var was = row.classList.contains("selected");
    clear();
    if (was) { return; }
    document.querySelectorAll('.claim[data-claim="' + id + '"]').forEach(function (r) { r.classList.add("selected"); });
    var seen = {};
    document.querySelectorAll("mark[data-claims]").forEach(function (m) {
      if (m.getAttribute("data-claims").split(" ").indexOf(id) < 0) { return; }
      m.classList.add("active");
      var box = m.closest(".text");
      if (box && !seen[box.id]) {
        seen[box.id] = true;
        box.scrollTop = m.offsetTop - box.offsetTop - box.clientHeight / 3;
      }
    });
  }
  document.addEventListener("click", function (e) {
    var row = e.target.closest(".claim");
    if (row) { select(row); return; }
    var mark = e.target.closest("mark[data-claims]");
    if (mark && mark.getAttribute("data-claims")) {
      var row2 = document.querySelector('.claim[data-claim="' + mark.getAttribute("data-claims").split(" ")[0] + '"]');
      if (row2) { select(row2); row2.scrollIntoView({block: "center"}); }
    }
  });
  document.addEventListener("keydown", function (e) {
    var row = e.target.closest && e.target.closest(".claim");
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(row); }
  });
})();
