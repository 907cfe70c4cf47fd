// Shared by every harness page: what the tests read through `window.harness`.
export function expose(api) {
  window.harness = api;
  document.body.dataset.ready = 'true';
}
