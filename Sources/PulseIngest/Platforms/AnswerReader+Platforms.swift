import PulseModel

extension AnswerReader {
    /// A reader for platform exports: the scale's own labels from `program.json` first, then the standard
    /// 5-point agreement labels (a platform's Likert question writes them whatever the program calls its
    /// points), looked up as `QuestionText.answer` text so case, curly quotes and doubled spaces do not
    /// matter. Numbers are read as before.
    init(platformScale scale: Scale) {
        var labels: [String: Int] = [:]
        for (offset, label) in Scale.agreementLabels.enumerated() {
            labels[QuestionText.answer(label)] = 1 + offset
        }
        for (offset, label) in scale.labels.enumerated() {
            labels[QuestionText.answer(label)] = scale.min + offset
        }
        self.labels = labels
    }
}
