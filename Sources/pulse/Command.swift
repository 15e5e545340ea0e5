/// The commands and their dispatch.
enum Command {
    static let usage = """
        pulse: monthly pulse statistics and reports for a school-leadership cluster program

        pulse demo [--out DIR]                       the whole report set for the bundled demo dataset
        pulse dashboard DATASET [--month YYYY-MM] [--as-of YYYY-MM-DD] [--out DIR]
                    the monthly pulse dashboard: the program, a page per cluster and per school
        pulse check DATASET                          validate every file; diagnostics as file:line:column
        pulse stats DATASET [--format csv|json] [--out FILE] [--month YYYY-MM] [--roles]
                    [--suppression complementary|primary] [--columns all|core]
                    the tidy statistics table (core: the contract's nine columns)
        pulse brief DATASET --cluster ID [--month YYYY-MM] [--as-of YYYY-MM-DD] [--out FILE]
                    [--paper a4|letter] [--pdf]            the printable stakeholder briefing pack
        pulse casestudy DATASET --school ID [--out DIR]  the mid-program case-study folder
        pulse generate --schools N --months M [--seed S] --out DIR
        pulse import [--from auto|google-forms|microsoft-forms|qualtrics|surveymonkey] FILE --dataset DIR
                    [--school ID] [--out FILE]             a survey platform's export in the pulse layout

        Exit codes: 0 success, 1 the data has errors (reported; outputs still written), 2 wrong usage.
        """

    static func run(_ arguments: [String]) throws -> Int32 {
        guard let name = arguments.first else { throw UsageError("no command given") }
        let rest = Array(arguments.dropFirst())
        switch name {
        case "brief": return try BriefCommand.run(rest)
        case "casestudy": return try CaseStudyCommand.run(rest)
        case "check": return try CheckCommand.run(rest)
        case "dashboard": return try DashboardCommand.run(rest)
        case "demo": return try DemoCommand.run(rest)
        case "generate": return try GenerateCommand.run(rest)
        case "import": return try ImportCommand.run(rest)
        case "stats": return try StatsCommand.run(rest)
        case "help", "--help", "-h":
            Terminal.out(usage)
            return 0
        default: throw UsageError("unknown command '\(name)'")
        }
    }
}
