// The one-tag embed: `<script type="module" src="…/war-atlas.js"></script>` defines <war-atlas>.
// Everything else (worker, data, fonts) loads relative to this file, from any origin.
import { defineWarAtlas } from './lib/index.ts';

defineWarAtlas('war-atlas', { base: new URL(/* @vite-ignore */ './', import.meta.url).href });
