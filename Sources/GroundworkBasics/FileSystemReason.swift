import Foundation

/// The operating system's reason for a failed file operation ("No space left on device", "Permission
/// denied") and the path it concerned, for messages: Foundation's own text on Linux is often only "The
/// operation could not be completed", which tells nobody what to fix.
package enum FileSystemReason {
    /// The reason alone: the POSIX error underneath Foundation's wrapping when there is one.
    package static func of(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }

    /// `path: reason` when Foundation recorded the path, else the reason.
    package static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
        guard let path else { return of(error) }
        return "\(path): \(diagnosis(of: path) ?? of(error))"
    }

    /// What the file system says about `path` when Foundation gave no reason (on Linux `createDirectory`
    /// under a file fails with a bare "error 512"): the first ancestor that is a file, or that cannot be
    /// written. Nil when the path looks usable, and the caller keeps Foundation's text.
    static func diagnosis(of path: String) -> String? {
        var candidate = (path as NSString).standardizingPath
        while !candidate.isEmpty {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) {
                if !isDirectory.boolValue, candidate != path { return "\(candidate) is a file, not a folder (Not a directory)" }
                if isDirectory.boolValue, !FileManager.default.isWritableFile(atPath: candidate) {
                    return "\(candidate) is not writable (Permission denied)"
                }
                return nil
            }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate { break }
            candidate = parent
        }
        return nil
    }

    /// True for a failure of the file system as Foundation or the OS reports it (a Cocoa file error, a POSIX
    /// error): the environment's fault, not a bug.
    package static func isFileSystemError(_ error: any Error) -> Bool {
        if let cocoa = error as? CocoaError { return cocoa.isFileError }
        if error is POSIXError { return true }
        return (error as NSError).domain == NSPOSIXErrorDomain
    }
}
