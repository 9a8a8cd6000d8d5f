/**
 * The HTML governance report in a real browser: Debian's Chromium, headless, driven by playwright-core.
 * The page must load without console errors, failed or network requests (it is self-contained), and every
 * SVG chart must render: laid out with a size, with visible bars. A screenshot is kept in
 * test/.artifacts/report-chromium.png for people to look at.
 *
 * Chromium comes from test/e2e/install.sh (Debian's `chromium` package); when it cannot be installed the
 * test fails and says why: it is never skipped.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { buildCli, runCli } from '../cli/runCli';
import { GIT_ENV, type TempRepo } from '../cli/gitRepo';
import { reportRepo } from '../cli/reportRepo';
import { ARTIFACTS, CHROMIUM, ensureInstalled } from './support';

const CHARTS = ['findings-by-severity', 'findings-by-rule', 'prompts-by-data-class', 'changes-by-type'];

describe('the HTML report in headless Chromium', function () {
  this.timeout(300_000);
  let repo: TempRepo;
  let browser: Browser | undefined;
  let reportFile: string;

  before(function () {
    this.timeout(20 * 60_000);
    ensureInstalled('chromium');
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM} after test/e2e/install.sh chromium; install it with: apt-get install -y chromium`);
    buildCli();
    let first: string;
    ({ repo, first } = reportRepo());
    const run = runCli(['report', '--since', first, '-o', 'report.html'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(run.status, 0, run.stderr);
    reportFile = join(repo.dir, 'report.html');
  });

  after(async () => {
    await browser?.close();
    repo?.cleanup();
  });

  it('loads with no console error and no network request, the charts render, a screenshot is saved', async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(reportFile).href;
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.ok(response?.ok(), `the report did not load: ${response?.status()}`);
    assert.equal(await page.title(), `promptgov governance report — ${repo.dir.split('/').pop()}`);

    // Runs in the page (a string: the test project has no DOM types).
    const charts = await page.evaluate<{ id: string | null; width: number; height: number; bars: number[] }[]>(`
      [...document.querySelectorAll('svg.chart')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const bars = [...svg.querySelectorAll('rect.bar')].map((r) => r.getBBox().width);
        return { id: svg.getAttribute('data-chart'), width: box.width, height: box.height, bars };
      })`);
    assert.deepEqual(charts.map((c) => c.id).sort(), [...CHARTS].sort());
    for (const c of charts) {
      assert.ok(c.width > 100 && c.height > 20, `chart ${c.id} is laid out (${c.width}×${c.height})`);
      assert.ok(c.bars.length > 0 && c.bars.every((w) => w > 0), `chart ${c.id} draws visible bars: ${JSON.stringify(c.bars)}`);
    }
    const rows = await page.locator('#inventory tbody tr').count();
    assert.equal(rows, 3, 'three prompts in the inventory');
    const changes = await page.locator('#changes tbody tr').count();
    assert.equal(changes, 5);

    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'report-chromium.png');
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(statSync(shot).size > 10_000, 'the screenshot has content');

    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((r) => r !== url), [], 'the page requests nothing but itself');
  });
});
