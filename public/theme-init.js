// Applies the stored (or system) colour theme before first paint, so dark-mode
// readers never see a white flash. Kept in sync with src/lib/theme.ts.
(function () {
  var theme = null;
  try {
    theme = localStorage.getItem('oj-theme');
  } catch {
    theme = null;
  }
  if (theme !== 'light' && theme !== 'dark') {
    theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  if (theme === 'dark') document.documentElement.classList.add('dark');
})();
