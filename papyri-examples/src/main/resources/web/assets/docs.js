// Swagger UI on the app's own OpenAPI document.
window.addEventListener('load', function () {
  window.SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true});
});
