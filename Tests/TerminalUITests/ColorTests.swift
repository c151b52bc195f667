import Testing
@testable import TerminalUI

@Suite struct ColorDepthTests {
    @Test func noColorWinsOverEverything() {
        let env = ["NO_COLOR": "1", "COLORTERM": "truecolor"]
        #expect(ColorDepth.detect(environment: env, terminfoColors: 256) == .none)
    }

    @Test func emptyNoColorIsIgnored() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], terminfoColors: 256) == .indexed256)
    }

    @Test func depthFollowsTerminfoAndColorterm() {
        #expect(ColorDepth.detect(environment: [:], terminfoColors: 0) == .none)
        #expect(ColorDepth.detect(environment: [:], terminfoColors: 8) == .eight)
        #expect(ColorDepth.detect(environment: [:], terminfoColors: 16) == .sixteen)
        #expect(ColorDepth.detect(environment: [:], terminfoColors: 256) == .indexed256)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminfoColors: 256) == .trueColor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], terminfoColors: 8) == .trueColor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminfoColors: -1) == .none)
    }
}

@Suite struct ColorDegradationTests {
    @Test func rgbGoesToTheNearestCubeOrGrey() {
        #expect(Color.rgb(255, 0, 0).degraded(to: .indexed256) == .indexed(196))
        #expect(Color.rgb(0, 0, 0).degraded(to: .indexed256) == .indexed(16))
        #expect(Color.rgb(128, 128, 128).degraded(to: .indexed256) == .indexed(244))
        #expect(Color.rgb(1, 2, 3).degraded(to: .trueColor) == .rgb(1, 2, 3))
    }

    @Test func indexedGoesToTheSixteenSystemColours() {
        #expect(Color.indexed(196).degraded(to: .sixteen) == .indexed(9))
        #expect(Color.indexed(12).degraded(to: .sixteen) == .indexed(12))
        #expect(Color.rgb(0, 0, 230).degraded(to: .sixteen) == .indexed(4))
    }

    @Test func brightColoursLoseTheirBrightnessAtEight() {
        #expect(Color.brightRed.degraded(to: .eight) == .red)
        #expect(Color.indexed(196).degraded(to: .eight) == .red)
        #expect(Color.green.degraded(to: .eight) == .green)
    }

    @Test func noColourMeansTheTerminalDefault() {
        #expect(Color.rgb(10, 200, 10).degraded(to: .none) == .terminalDefault)
        #expect(Color.terminalDefault.degraded(to: .eight) == .terminalDefault)
    }

    @Test func themeWithoutColoursIsMonochrome() {
        let colourful = Theme(name: "c", styles: [.text: Style(foreground: .rgb(200, 0, 0))])
        #expect(colourful.degraded(to: .none) == .monochrome)
        #expect(colourful.degraded(to: .eight)[.text].foreground == .red)
    }
}
