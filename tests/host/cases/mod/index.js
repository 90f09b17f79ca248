exports.name = "mod:" + require("path").basename(__dirname);
