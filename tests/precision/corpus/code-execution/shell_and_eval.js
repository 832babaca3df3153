const child_process = require('child_process');

function evaluate(expression) {
    // ruleid: SEC009
    return eval(expression);
}

function evaluateConstant() {
    // ok: SEC009
    return eval('2 + 2');
}

function makeFunction(body) {
    // ruleid: SEC009
    return new Function('x', body);
}

function schedule(id) {
    // ruleid: SEC009
    setTimeout('refresh(' + id + ')', 100);
}

function scheduleCallback(fn) {
    // ok: SEC009
    setTimeout(fn, 100);
}

function scheduleArrow(value) {
    // ok: SEC009
    setTimeout(() => logDebug(value), 100);
}

function parse(text) {
    // ok: SEC009
    return JSON.parse(text);
}

function runCommand(host) {
    // ruleid: SEC010
    return child_process.exec('ping -c 1 ' + host);
}

function runFile(host) {
    // ok: SEC010
    return child_process.execFile('ping', ['-c', '1', host]);
}

function regexExec(text) {
    const pattern = /id=(\d+)/;
    // ok: SEC010
    return pattern.exec(text);
}

var result = evaluate(args.expression);
