/**
 * The structure of an OpenAPI 3.1 document, as a JSON Schema 2020-12, written by hand from the
 * specification (https://spec.openapis.org/oas/v3.1.0, sections 4.8.1–4.8.30) — not copied from
 * the OpenAPI Initiative's published schema. It covers the objects Manak's document uses and
 * refuses what the specification forbids in them (a missing `info.title` / `version`, a path not
 * starting with "/", empty `responses` (optional in 3.1, but never empty), a response without `description`, a
 * parameter without `name` / `in` or with both or neither of `schema` and `content`, a path
 * parameter that is not `required: true`, an unknown field where the specification allows only
 * its own and `x-` extensions). Schema Objects themselves are checked separately by compiling them
 * with Ajv's 2020-12 meta-schema. What JSON Schema cannot say (each path template's parameters
 * declared, operationIds unique, every $ref resolving, security naming a scheme) the test checks
 * in code.
 */
const ext = { "^x-": {} };
const strict = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: "object", properties, required, patternProperties: ext, additionalProperties: false,
});
const map = (value: unknown) => ({ type: "object", additionalProperties: value });
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const refOr = (name: string) => ({ oneOf: [ref("reference"), ref(name)] });
const schemaObject = { type: ["object", "boolean"] };

export const openApi31MetaSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:manak:test:openapi-3.1-structure",
  ...strict(
    {
      openapi: { type: "string", pattern: "^3\\.1\\.\\d+(-.+)?$" },
      info: ref("info"),
      jsonSchemaDialect: { type: "string", format: "uri" },
      servers: { type: "array", items: ref("server") },
      paths: ref("paths"),
      webhooks: map(refOr("pathItem")),
      components: ref("components"),
      security: { type: "array", items: ref("securityRequirement") },
      tags: { type: "array", items: ref("tag") },
      externalDocs: ref("externalDocs"),
    },
    ["openapi", "info"],
  ),
  anyOf: [{ required: ["paths"] }, { required: ["components"] }, { required: ["webhooks"] }],
  $defs: {
    reference: { type: "object", properties: { $ref: { type: "string" }, summary: { type: "string" }, description: { type: "string" } }, required: ["$ref"], additionalProperties: false },
    info: strict(
      {
        title: { type: "string" }, summary: { type: "string" }, description: { type: "string" }, termsOfService: { type: "string" },
        contact: strict({ name: { type: "string" }, url: { type: "string" }, email: { type: "string" } }),
        license: { ...strict({ name: { type: "string" }, identifier: { type: "string" }, url: { type: "string" } }, ["name"]), not: { required: ["identifier", "url"] } },
        version: { type: "string" },
      },
      ["title", "version"],
    ),
    server: strict({ url: { type: "string" }, description: { type: "string" }, variables: map(strict({ enum: { type: "array", items: { type: "string" }, minItems: 1 }, default: { type: "string" }, description: { type: "string" } }, ["default"])) }, ["url"]),
    paths: { type: "object", patternProperties: { "^/": ref("pathItem"), ...ext }, additionalProperties: false },
    pathItem: strict({
      $ref: { type: "string" }, summary: { type: "string" }, description: { type: "string" },
      get: ref("operation"), put: ref("operation"), post: ref("operation"), delete: ref("operation"), options: ref("operation"), head: ref("operation"), patch: ref("operation"), trace: ref("operation"),
      servers: { type: "array", items: ref("server") }, parameters: { type: "array", items: refOr("parameter") },
    }),
    operation: strict({
      tags: { type: "array", items: { type: "string" } }, summary: { type: "string" }, description: { type: "string" }, externalDocs: ref("externalDocs"),
      operationId: { type: "string" }, parameters: { type: "array", items: refOr("parameter") }, requestBody: refOr("requestBody"),
      responses: ref("responses"), callbacks: map(refOr("callback")), deprecated: { type: "boolean" },
      security: { type: "array", items: ref("securityRequirement") }, servers: { type: "array", items: ref("server") },
    }),
    responses: {
      type: "object", minProperties: 1,
      properties: { default: refOr("response") },
      patternProperties: { "^[1-5](?:[0-9]{2}|XX)$": refOr("response"), ...ext },
      additionalProperties: false,
    },
    response: strict({ description: { type: "string" }, headers: map(refOr("header")), content: map(ref("mediaType")), links: map({ type: "object" }) }, ["description"]),
    mediaType: strict({ schema: schemaObject, example: true, examples: map({ type: "object" }), encoding: map({ type: "object" }) }),
    header: {
      ...strict({ description: { type: "string" }, required: { type: "boolean" }, deprecated: { type: "boolean" }, schema: schemaObject, content: map(ref("mediaType")), style: { const: "simple" }, explode: { type: "boolean" }, example: true, examples: map({ type: "object" }) }),
      oneOf: [{ required: ["schema"] }, { required: ["content"] }],
    },
    parameter: {
      ...strict(
        {
          name: { type: "string" }, in: { enum: ["query", "header", "path", "cookie"] }, description: { type: "string" }, required: { type: "boolean" },
          deprecated: { type: "boolean" }, allowEmptyValue: { type: "boolean" }, style: { type: "string" }, explode: { type: "boolean" }, allowReserved: { type: "boolean" },
          schema: schemaObject, content: { ...map(ref("mediaType")), minProperties: 1, maxProperties: 1 }, example: true, examples: map({ type: "object" }),
        },
        ["name", "in"],
      ),
      oneOf: [{ required: ["schema"] }, { required: ["content"] }],
      if: { properties: { in: { const: "path" } } },
      then: { properties: { required: { const: true } }, required: ["required"] },
    },
    requestBody: strict({ description: { type: "string" }, content: map(ref("mediaType")), required: { type: "boolean" } }, ["content"]),
    callback: map(refOr("pathItem")),
    securityRequirement: map({ type: "array", items: { type: "string" } }),
    tag: strict({ name: { type: "string" }, description: { type: "string" }, externalDocs: ref("externalDocs") }, ["name"]),
    externalDocs: strict({ description: { type: "string" }, url: { type: "string" } }, ["url"]),
    components: strict({
      schemas: map(schemaObject), responses: map(refOr("response")), parameters: map(refOr("parameter")), examples: map({ type: "object" }),
      requestBodies: map(refOr("requestBody")), headers: map(refOr("header")), securitySchemes: map(refOr("securityScheme")),
      links: map({ type: "object" }), callbacks: map(refOr("callback")), pathItems: map(refOr("pathItem")),
    }),
    securityScheme: {
      ...strict({
        type: { enum: ["apiKey", "http", "mutualTLS", "oauth2", "openIdConnect"] }, description: { type: "string" }, name: { type: "string" },
        in: { enum: ["query", "header", "cookie"] }, scheme: { type: "string" }, bearerFormat: { type: "string" }, flows: { type: "object" }, openIdConnectUrl: { type: "string" },
      }, ["type"]),
      allOf: [
        { if: { properties: { type: { const: "http" } } }, then: { required: ["scheme"] } },
        { if: { properties: { type: { const: "apiKey" } } }, then: { required: ["name", "in"] } },
        { if: { properties: { type: { const: "oauth2" } } }, then: { required: ["flows"] } },
        { if: { properties: { type: { const: "openIdConnect" } } }, then: { required: ["openIdConnectUrl"] } },
      ],
    },
  },
} as const;
