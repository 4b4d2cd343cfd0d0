import { strict as assert } from "node:assert";
import * as vm from "node:vm";
import {
  CHART_CLASS,
  PLOTLY_READY_EVENT,
  chartHtml,
  escapeHtml,
  plotlyLoaderHtml,
  standaloneHtml,
} from "../../src/viz/chart-html";
import { lineChart } from "../../src/viz";

/** The text of every inline script element in `html`. */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

describe("chart HTML", () => {
  const figure = lineChart([{ name: "</script><b>x</b>", y: [1, 2] }], { title: 'Loss "A" & <B>' });

  it("is a div of the chart class and one script that draws into it with Plotly.newPlot", () => {
    const html = chartHtml(figure, "chart-1");
    assert.match(html, new RegExp(`<div id="chart-1" class="${CHART_CLASS}"`));
    const [script, ...rest] = scripts(html);
    assert.equal(rest.length, 0);
    assert.match(script!, /Plotly\.newPlot\(div, figure\.data, figure\.layout, config\)/);
    // The note shown when no script runs names the chart, escaped.
    assert.match(
      html,
      /The chart &#34;Loss &#34;A&#34; &#38; &#60;B&#62;&#34; is drawn by JavaScript/,
    );
  });

  it("embeds the figure as JSON that cannot end the script element early", () => {
    const html = chartHtml(figure, "chart-1");
    const script = scripts(html)[0]!;
    assert.ok(!script.includes("</script"), "no </script inside the script");
    assert.ok(!script.includes("<b>"), "no raw < inside the script");
    // Running the script in a fake page draws the original figure, unchanged.
    const drawn: unknown[] = [];
    const div = { isConnected: true, textContent: "note" };
    const window = {
      Plotly: { newPlot: (...args: unknown[]) => drawn.push(args) },
      addEventListener: () => {},
    };
    vm.runInNewContext(script, {
      window,
      document: {
        currentScript: null,
        getElementById: (id: string) => (id === "chart-1" ? div : null),
      },
      setTimeout,
    });
    const [target, data, layout, config] = drawn[0] as [
      unknown,
      unknown,
      unknown,
      { responsive: boolean },
    ];
    assert.equal(target, div);
    assert.equal(div.textContent, "");
    // (Compared as JSON: objects made inside the vm context have that context's prototypes.)
    assert.equal(JSON.stringify(data), JSON.stringify(figure.data));
    assert.equal(JSON.stringify(layout), JSON.stringify(figure.layout));
    assert.equal(config.responsive, true);
  });

  it("waits for the plotly.js loader's event when Plotly is not there yet", () => {
    const script = scripts(chartHtml(figure, "c"))[0]!;
    const listeners: Record<string, () => void> = {};
    const drawn: unknown[] = [];
    const div = { isConnected: true, textContent: "" };
    const window: Record<string, unknown> = {
      addEventListener: (name: string, listener: () => void) => (listeners[name] = listener),
    };
    vm.runInNewContext(script, {
      window,
      document: { currentScript: null, getElementById: () => div },
      setTimeout,
    });
    assert.match(div.textContent, /Waiting for plotly\.js/);
    assert.equal(drawn.length, 0);
    window.Plotly = { newPlot: (...args: unknown[]) => drawn.push(args) };
    listeners[PLOTLY_READY_EVENT]!();
    assert.equal(drawn.length, 1);
  });

  it("inlines plotly.js in a loader that keeps an existing copy of the same version and fires the ready event", () => {
    const bundle = {
      version: "9.9.9",
      source:
        'window.Plotly = { version: "9.9.9", loads: (window.loads || 0) + 1 }; var s = "</script>";',
    };
    const html = plotlyLoaderHtml(bundle);
    assert.match(html, /^<script type="text\/javascript" data-siamese-lab-plotly="9.9.9">/);
    const script = scripts(html)[0]!;
    assert.ok(!/<\/script/i.test(script), "bundle's </script escaped");
    const events: string[] = [];
    class Event {
      constructor(readonly type: string) {}
    }
    const window: Record<string, unknown> = { dispatchEvent: (e: Event) => events.push(e.type) };
    const context = vm.createContext({ window, Event });
    vm.runInContext(
      script.replace("window.Plotly = {", "window.loads = 1; window.Plotly = {"),
      context,
    );
    vm.runInContext(script, context);
    assert.deepEqual(events, [PLOTLY_READY_EVENT, PLOTLY_READY_EVENT]);
    assert.equal(window.loads, 1, "the second loader keeps the copy already there");
  });

  it("writes a standalone page with plotly.js and the chart", () => {
    const page = standaloneHtml(figure, { version: "1.0.0", source: "/* plotly */" });
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /<title>Loss &#34;A&#34; &#38; &#60;B&#62;<\/title>/);
    assert.equal(scripts(page).length, 2);
    assert.match(page, /data-siamese-lab-plotly="1.0.0"/);
  });

  it("escapes the five HTML-special characters", () => {
    assert.equal(
      escapeHtml(`<a href="x">'&'</a>`),
      "&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;",
    );
  });
});
