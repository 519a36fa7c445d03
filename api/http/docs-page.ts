/** The Swagger UI page at /docs, which reads /openapi.json; its assets are served from swagger-ui-dist. */
export const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TalentCoop engine API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="api"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body></html>`;
/**
 * Operations grouped by tag in the document's order of areas (Swagger UI follows the top-level
 * `tags`), listed collapsed; within a tag by path, then reads before changes.
 */
export const DOCS_INIT = `const METHOD_ORDER = ['get', 'put', 'post', 'patch', 'delete'];
window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#api',
  deepLinking: true,
  docExpansion: 'list',
  filter: true,
  defaultModelsExpandDepth: 0,
  operationsSorter: (a, b) =>
    a.get('path').localeCompare(b.get('path')) || METHOD_ORDER.indexOf(a.get('method')) - METHOD_ORDER.indexOf(b.get('method')),
});`;
