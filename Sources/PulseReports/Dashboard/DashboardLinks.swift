/// Where each dashboard page lives: `index.html`, `clusters/<slug>.html`, `schools/<slug>.html`, with
/// slugs of the ids from `PageNames` (collisions resolved), and the relative links between them.
struct DashboardLinks {
    let clusters: PageNames
    let schools: PageNames

    init(clusterIDs: [String], schoolIDs: [String]) {
        clusters = PageNames(ids: clusterIDs)
        schools = PageNames(ids: schoolIDs)
    }

    static let index = "index.html"

    func clusterPath(_ id: String) -> String { "clusters/\(clusters[id]).html" }
    func schoolPath(_ id: String) -> String { "schools/\(schools[id]).html" }

    /// A link from a page one folder down (a cluster or school page).
    func fromPage(_ path: String) -> String { "../" + path }
}
