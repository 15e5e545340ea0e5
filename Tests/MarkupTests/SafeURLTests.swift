import Testing

@testable import Markup

@Suite("Markup SafeURL")
struct SafeURLTests {
    @Test(
        "accepts relative paths, fragments and https",
        arguments: [
            "school-a.html", "../cluster/index.html", "#climate", "data/figures.csv?v=2",
            "https://example.org/a", "HTTPS://example.org", "./a:b", "/abs/path",
        ])
    func accepts(url: String) {
        #expect(SafeURL(url)?.string == url)
    }

    @Test(
        "rejects other schemes and the tricks browsers forgive",
        arguments: [
            "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "java\nscript:x", "data:text/html,<b>", "http://example.org",
            "file:///etc/passwd", "//evil.example", "\\\\evil.example", "vbscript:x", "https:evil",
            "", "a b",
        ])
    func rejects(url: String) {
        #expect(SafeURL(url) == nil)
    }

    @Test("href and src can only come from a SafeURL")
    func hrefRenders() {
        let link = Node.a(href: SafeURL("#top")!, "Top")
        #expect(link.render() == "<a href=\"#top\">Top</a>")
    }
}
