import { sanitizeArticleHtml } from './sanitize';
function bench(label: string, input: string) {
  let t = performance.now();
  for (let i = 1; i <= 3000; i++) {
    sanitizeArticleHtml(input, i % 2 ? 'https://j.example/a' : undefined);
    if (i % 1000 === 0) { const n = performance.now(); console.log(label, i, (n - t).toFixed(0), process.memoryUsage().heapUsed >> 20); t = n; }
  }
}
it('plain', () => bench('plain', '<p>hello</p>'), 600000);
it('iframe', () => bench('iframe', '<h1>x</h1><p>hello <a href="javascript:alert(1)">x</a><a href="/"></a><img src=x onerror=alert(1)><iframe src="https://www.youtube.com/embed/x"></iframe><iframe src="https://evil.example/"></iframe></p>'), 600000);
