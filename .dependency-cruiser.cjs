// The import directions of docs/architecture.md ("Layers"), checked by `npm run lint:deps`.
// Rules name folders by their role (the command and query layer is everything under
// lib/server/, whatever its subfolders are called), so they keep holding as folders move.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "components-get-plain-data",
      comment:
        "Components are presentational: they may import types from the server and database layers, never values (queries, commands, the Prisma client). Pass the data in as props.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^(lib/(server|db)/|lib/actions/form-action|generated/prisma/client)", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "domain-has-no-io",
      comment:
        "lib/domain holds pure rules: no Node built-ins, no database, no server layer, no Prisma, no Next.js. Move the I/O to lib/server and pass plain values in.",
      severity: "error",
      from: { path: "^lib/domain/" },
      to: {
        pathNot: "^lib/domain/",
        dependencyTypesNot: ["type-only"],
        path: "^(lib/(db|server|auth|actions|api|feeds|exports|embeds|env)|generated/|prisma/|node_modules/(next|react|react-dom|@prisma|prisma|pg|better-auth)/)",
      },
    },
    {
      name: "domain-has-no-node-builtins",
      comment: "lib/domain holds pure rules: no Node built-ins (fs, crypto, net, …).",
      severity: "error",
      from: { path: "^lib/domain/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "routes-do-not-reach-into-prisma",
      comment: "app/ calls queries and commands in lib/server; the schema, migrations, seed and demo data under prisma/ are not for routes.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^prisma/" },
    },
    {
      name: "no-circular",
      comment:
        "Import cycles hide which module depends on which; break the cycle by moving the shared part into its own file. A type-only import vanishes at compile time, so a cycle closed only by one (a module naming the result type of the module that uses it) is allowed.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to nothing (a typo, or a file that moved).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "^(node_modules|generated)/" },
    exclude: { path: "^(\\.next|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
