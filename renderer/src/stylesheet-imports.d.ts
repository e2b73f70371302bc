// Vite bundles imported stylesheets into one CSS file linked from index.html; they export nothing.
declare module '*.css';
