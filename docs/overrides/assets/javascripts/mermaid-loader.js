/*
 * Mermaid, served by this site and loaded only on pages that have a diagram.
 *
 * Material for MkDocs renders `pre.mermaid` with the global `mermaid` when it
 * exists, and otherwise downloads Mermaid from a CDN. This stand-in is that global:
 * on the first diagram it loads the copy under vendor/ (@mermaid-js/tiny: flowcharts,
 * sequence diagrams, Gantt charts and more, but no mindmaps, architecture diagrams or
 * KaTeX; 660 KB gzipped, so not on every page), then hands Material's calls to it.
 */
(() => {
  const script = document.currentScript;
  const source = new URL("vendor/mermaid-tiny-11.17.2.min.js", script.src).href;
  let settings = {};
  let loaded = null;

  const load = () =>
    (loaded ??= new Promise((resolve, reject) => {
      const tag = document.createElement("script");
      tag.src = source;
      tag.onload = () => {
        window.mermaid.initialize(settings);
        resolve(window.mermaid);
      };
      tag.onerror = () => reject(new Error(`could not load ${source}`));
      document.head.append(tag);
    }));

  window.mermaid = {
    initialize(config) {
      settings = config;
    },
    async render(id, text) {
      return (await load()).render(id, text);
    },
  };
})();
