/**
 * The atlas's interface around the map: the timeline, the side panel and its dialogs. Loaded as
 * a chunk of its own once the map has first drawn (lazyInterface.svelte.ts), so a reader's
 * first picture waits only for the map, its data and MapLibre.
 */
export { default as YearSlider } from './YearSlider.svelte';
export { default as YearEvents } from './YearEvents.svelte';
export { default as PlacePanel } from './PlacePanel.svelte';
export { default as PlaceList } from './PlaceList.svelte';
export { default as Legend } from './Legend.svelte';
export { default as EmbedDialog } from './EmbedDialog.svelte';
export { default as VideoDialog } from './VideoDialog.svelte';
export { default as QuizDialog } from './QuizDialog.svelte';
export { default as TextView } from './TextView.svelte';
export { default as TerritoryChart } from './TerritoryChart.svelte';
export { default as YearTransfers } from './YearTransfers.svelte';
export { default as SourcesPanel, useName } from './SourcesPanel.svelte';
export { default as StoryMarks } from './StoryMarks.svelte';
export { default as StoryBar } from './StoryBar.svelte';
export { default as LanguageSwitch } from './LanguageSwitch.svelte';
