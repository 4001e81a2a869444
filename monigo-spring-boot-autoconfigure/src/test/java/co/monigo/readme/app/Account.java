package co.monigo.readme.app;

/** The README service's types: "your own". */
record Account(String monigoId) {
}

record Report(String title) {
}

record ReportRequest(String title) {
}
