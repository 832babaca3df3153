const { exec } = require('child_process');
const vm = require('vm');

function listDir(dir) {
    // ruleid: SEC010
    exec('ls -la ' + dir, function (err, out) { logDebug(out); });
}

function runSync(cmd) {
    // ruleid: SEC010
    return require('child_process').execSync(cmd).toString();
}

function sandbox(code) {
    // ruleid: SEC009
    return vm.runInNewContext(code, {});
}

function poll() {
    // ruleid: SEC009
    setInterval('refreshIncidents()', 60000);
}

function parse(body) {
    // ok: SEC009
    return JSON.parse(body);
}

function matchAll(text) {
    var re = /ip=(\S+)/g;
    // ok: SEC010
    return re.exec(text);
}
