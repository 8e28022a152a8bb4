import Foundation

/// The operating system's reason for a failed file operation ("No space left on device", "Permission
/// denied") and the path it concerned, for messages: Foundation's own text on Linux is often only "The
/// operation could not be completed", which tells nobody what to fix.
public enum FileSystemReason {
    /// The reason alone: the POSIX error underneath Foundation's wrapping when there is one.
    public static func of(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }

    /// `path: reason` when Foundation recorded the path, else the reason.
    public static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
        return path.map { "\($0): \(of(error))" } ?? of(error)
    }

    /// True for a failure of the file system as Foundation or the OS reports it (a Cocoa file error, a POSIX
    /// error): the environment's fault, not a bug.
    public static func isFileSystemError(_ error: any Error) -> Bool {
        if let cocoa = error as? CocoaError { return cocoa.isFileError }
        if error is POSIXError { return true }
        return (error as NSError).domain == NSPOSIXErrorDomain
    }
}
