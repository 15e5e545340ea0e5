import Foundation
import Testing

@testable import PulseStats

/// Student t and normal distributions against scipy.stats (fixture distributions.json).
@Suite("Methods: distributions")
struct MethodsDistributionTests {
    struct TCdf: Decodable {
        var t: Double
        var df: Double
        var cdf: Double
    }
    struct TQuantile: Decodable {
        var p: Double
        var df: Double
        var quantile: Double
    }
    struct NormalCdf: Decodable {
        var z: Double
        var cdf: Double
    }
    struct NormalQuantile: Decodable {
        var p: Double
        var quantile: Double
    }
    struct Cases: Decodable {
        var tCdf: [TCdf]
        var tQuantile: [TQuantile]
        var normalCdf: [NormalCdf]
        var normalQuantile: [NormalQuantile]
    }

    @Test func studentTCdfMatchesSciPy() throws {
        for c in try MethodsFixture.cases("distributions", as: Cases.self).tCdf {
            #expect(agrees(StudentT.cdf(c.t, df: c.df), c.cdf), "t=\(c.t) df=\(c.df)")
        }
    }

    /// Inversion by Newton's method converges to 1e-15; the remaining error is that of the cdf (1e-9 holds).
    @Test func studentTQuantileMatchesSciPy() throws {
        for c in try MethodsFixture.cases("distributions", as: Cases.self).tQuantile {
            #expect(agrees(StudentT.quantile(c.p, df: c.df), c.quantile), "p=\(c.p) df=\(c.df)")
        }
    }

    @Test func normalMatchesSciPy() throws {
        let cases = try MethodsFixture.cases("distributions", as: Cases.self)
        for c in cases.normalCdf { #expect(agrees(Normal.cdf(c.z), c.cdf), "z=\(c.z)") }
        for c in cases.normalQuantile { #expect(agrees(Normal.quantile(c.p), c.quantile), "p=\(c.p)") }
    }

    @Test func quantileInvertsCdf() {
        for df in [1.0, 2, 3, 5.5, 40] {
            for p in [1e-12, 0.01, 0.3, 0.7, 0.99] {
                #expect(agrees(StudentT.cdf(StudentT.quantile(p, df: df), df: df), p, relative: 1e-12))
            }
        }
    }

    @Test func edgesAreDefined() {
        #expect(StudentT.quantile(0, df: 5) == -.infinity)
        #expect(StudentT.quantile(1, df: 5) == .infinity)
        #expect(StudentT.quantile(0.5, df: 5) == 0)
        #expect(StudentT.cdf(.infinity, df: 3) == 1)
        #expect(StudentT.cdf(2, df: .infinity) == Normal.cdf(2))
        #expect(StudentT.cdf(1, df: 0).isNaN)
        #expect(Normal.quantile(1.5).isNaN)
        #expect(Normal.quantile(0) == -.infinity)
    }

    /// log B(a, b) against values from the definition with lgamma where that is exact enough.
    @Test func logBetaIsConsistentAcrossBranches() {
        for (a, b) in [(0.5, 3.0), (0.5, 9.99), (0.5, 10.01), (9.99, 10.01), (12.0, 30.0)] {
            let naive = lgammaValue(a) + lgammaValue(b) - lgammaValue(a + b)
            #expect(agrees(IncompleteBeta.logBeta(a, b), naive, relative: 1e-12, absolute: 1e-13))
        }
    }

    private func lgammaValue(_ x: Double) -> Double { log(tgamma(x)) }
}
