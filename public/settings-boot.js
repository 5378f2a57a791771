// Applies the saved reader settings to <html> before the first paint, so a reader who
// chose the dark theme or a larger size never sees a flash of the default (or a layout
// shift when the size changes). An external file, not inline, so a CSP can say
// script-src 'self'. Keep in step with src/features/settings/settings.ts.
(function () {
  var root = document.documentElement;
  // Says that scripts run, for the few rules that stand in for them where they do not
  // (src/styles/index.css: buttons only the app can answer, the phone's outline).
  root.dataset.js = "";
  try {
    var saved = JSON.parse(localStorage.getItem("reader-settings") || "{}");
    if (["s", "m", "l", "xl"].indexOf(saved.fontSize) >= 0) root.dataset.fontSize = saved.fontSize;
    if (["light", "sepia", "dark"].indexOf(saved.theme) >= 0) root.dataset.theme = saved.theme;
  } catch (error) {
    // No storage or a malformed value: the defaults (medium, system theme) stand.
  }
})();
