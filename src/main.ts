// Placeholder entry point: the game's bootstrap replaces this; until then the page is static HTML.
document.documentElement.dataset.ready = 'true';
