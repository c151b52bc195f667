/// TerminalUI measures, clips and pads text by `displayWidth`, so it hands that measure on to its
/// users: a pane that lines up columns must count the same way the grid draws. The measure itself
/// lives in the `DisplayWidth` module, which the app's reports use too.
@_exported import DisplayWidth
