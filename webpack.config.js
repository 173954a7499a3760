const path = require("path");
const webpack = require("webpack");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { AddinAssetsPlugin, GuardCustomFunctionsLoader } = require("./scripts/build/addin-assets");
const { writeIfChanged: compileCatalogSchema } = require("./scripts/build/compile-schema");

const DEV_URL = "https://localhost:3000/";

/**
 * Builds the add-in (functions.js + functions.json, the task pane, the manifest) for the
 * browser, and the tcprice command line for Node. `--env production-url=https://host/path/`
 * rewrites every localhost URL for deployment.
 */
module.exports = (env = {}, argv = {}) => {
  // The catalog format's validator and types, from its JSON Schema (only what changed is written).
  compileCatalogSchema();
  const dev = argv.mode !== "production";
  const productionUrl = env["production-url"] || process.env.ADDIN_PRODUCTION_URL || "";
  if (productionUrl && !/^https:\/\/[^\s"'<>]+\/$/.test(productionUrl)) {
    throw new Error(`production-url must be an https URL ending in "/", got ${productionUrl}`);
  }
  const baseUrl = productionUrl || DEV_URL;
  const rewriteUrls = (content) =>
    baseUrl === DEV_URL ? content : content.toString().replace(/https:\/\/localhost:3000\//g, baseUrl);

  const tsRule = {
    test: /\.ts$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
  };

  // Catalog versions in a compact form (keys tabled once, expanded on load): see the loader.
  const catalogRule = {
    test: /src[\\/]catalog[\\/]data[\\/][^\\/]+\.json$/,
    type: "javascript/auto",
    use: path.resolve(__dirname, "scripts/build/catalog-loader.js"),
  };

  // decimal.js without trigonometry, logarithms and roots, which pricing never computes: see the loader.
  const decimalRule = {
    test: /decimal\.js[\\/]decimal\.mjs$/,
    use: path.resolve(__dirname, "scripts/build/decimal-subset-loader.js"),
  };

  const addin = {
    name: "addin",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      // The pane's page loads functions.js first (shared runtime): the pane's bundle uses its
      // modules (core, catalogs, registry) instead of carrying a second copy.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: env["output-path"] ? path.resolve(env["output-path"]) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (the catalog checks, the .xlsx writer, the sheet writer, each comparison
      // kind's builder, the price table, the pane's portable builders) sit beside the page; no
      // detection of the script's URL, which fails where functions.js runs without a document
      // (Node tests, JS runtime).
      chunkFilename: "[name].js",
      publicPath: "",
      clean: false,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule, catalogRule, decimalRule] },
    performance: { maxAssetSize: 400000, maxEntrypointSize: 400000 },
    plugins: [
      // The catalog checks and compiled schema (about 50 KB) as a chunk the pane fetches when it first validates.
      new webpack.NormalModuleReplacementPlugin(/[\\/]checksLoader$/, (resource) => {
        resource.request = resource.request.replace(/checksLoader$/, "checksLoader.deferred");
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new GuardCustomFunctionsLoader(),
      // functions.zh-CN.json, help/*.html; with a production URL, rewrites localhost in every emitted file.
      new AddinAssetsPlugin({ root: __dirname, baseUrl }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the pane's page also runs the functions, so both bundles share one registry.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest*.xml", to: "[name][ext]", transform: rewriteUrls },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.https === false ? "http" : { type: "https", options: env.httpsOptions },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: false,
    },
  };

  const cli = {
    name: "cli",
    devtool: false,
    target: "node18",
    entry: { tcprice: "./src/cli/tcprice.ts" },
    output: { path: path.resolve(__dirname, "dist", "cli"), filename: "[name].js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule] },
    optimization: { minimize: false },
  };

  return [addin, cli];
};
