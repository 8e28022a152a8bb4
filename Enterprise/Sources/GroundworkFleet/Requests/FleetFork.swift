#if Enterprise
/// The token owner's fork of a hosted repository, where a campaign branch goes when the token may not
/// push to the repository itself; the request is then opened from the fork into the repository.
package struct FleetFork: Sendable, Equatable {
    /// The URL the branch is pushed to.
    package var cloneURL: String
    /// GitHub: the fork owner's login (a request's head is `owner:branch`). GitLab: the fork's full path.
    package var owner: String
    /// GitLab: the fork's numeric project id (merge requests are opened from it); nil on GitHub.
    package var projectID: Int?

    package init(cloneURL: String, owner: String, projectID: Int? = nil) {
        self.cloneURL = cloneURL
        self.owner = owner
        self.projectID = projectID
    }
}
#endif
