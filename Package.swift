// swift-tools-version: 6.0
// The pulse toolkit: no package dependencies, the toolchain's Foundation, Dispatch and Swift Testing only.
import PackageDescription

let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "pulse",
    products: [
        .executable(name: "pulse", targets: ["pulse"]),
        .library(name: "CSV", targets: ["CSV"]),
        .library(name: "PulseModel", targets: ["PulseModel"]),
        .library(name: "PulseIngest", targets: ["PulseIngest"]),
        .library(name: "PulseStats", targets: ["PulseStats"]),
        .library(name: "PulseSynthetic", targets: ["PulseSynthetic"]),
        .library(name: "Markup", targets: ["Markup"]),
        .library(name: "PulseReports", targets: ["PulseReports"]),
    ],
    targets: [
        .target(name: "CSV", swiftSettings: settings),
        .target(name: "PulseModel", swiftSettings: settings),
        .target(name: "PulseIngest", dependencies: ["CSV", "PulseModel"], swiftSettings: settings),
        .target(name: "PulseStats", dependencies: ["PulseModel"], swiftSettings: settings),
        .target(name: "PulseSynthetic", dependencies: ["PulseModel", "PulseIngest"], swiftSettings: settings),
        .target(name: "Markup", swiftSettings: settings),
        .target(
            name: "PulseReports",
            dependencies: ["PulseStats", "PulseModel", "Markup", "CSV"],
            swiftSettings: settings),
        .executableTarget(
            name: "pulse",
            dependencies: ["CSV", "PulseModel", "PulseIngest", "PulseStats", "PulseSynthetic", "Markup", "PulseReports"],
            swiftSettings: settings),
        .testTarget(name: "CSVTests", dependencies: ["CSV"], swiftSettings: settings),
        .testTarget(name: "PulseModelTests", dependencies: ["PulseModel"], swiftSettings: settings),
        .testTarget(
            name: "PulseIngestTests", dependencies: ["PulseIngest", "PulseModel", "PulseStats", "PulseSynthetic", "CSV"],
            swiftSettings: settings),
        .testTarget(name: "PulseStatsTests", dependencies: ["PulseStats", "PulseModel"], swiftSettings: settings),
        .testTarget(name: "PulseSyntheticTests", dependencies: ["PulseSynthetic", "PulseIngest", "PulseModel"], swiftSettings: settings),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"], swiftSettings: settings),
        .testTarget(
            name: "PulseReportsTests", dependencies: ["PulseReports", "PulseStats", "PulseModel", "Markup", "CSV"],
            swiftSettings: settings),
        .testTarget(
            name: "HardeningTests",
            dependencies: ["CSV", "PulseModel", "PulseIngest", "PulseStats", "PulseReports", "Markup"],
            swiftSettings: settings),
    ]
)
