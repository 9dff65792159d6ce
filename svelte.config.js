// Component styles are injected at runtime into the root they mount in: in <war-atlas> that
// is its shadow root, so the host page's CSS and ours never meet.
export default {
  compilerOptions: { css: 'injected', runes: true },
};
