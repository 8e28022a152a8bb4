#if Enterprise
import Foundation

/// A process and its descendants, read from /proc: their CPU time, resident memory and TCP sockets.
/// A service started through `make run` or a shell is such a tree; the server is a child or grandchild.
package struct ProcessTree: Sendable {
    /// The process the tree hangs from.
    package let root: Int32

    package init(root: Int32) {
        self.root = root
    }

    /// The root and every descendant alive now.
    package func members() -> [Int32] {
        var children: [Int32: [Int32]] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry), let stat = Self.statFields(pid), stat.count > 1, let parent = Int32(stat[1]) else { continue }
            children[parent, default: []].append(pid)
        }
        var result: [Int32] = []
        var queue = [root]
        while let pid = queue.popLast() {
            guard Self.statFields(pid) != nil else { continue }
            result.append(pid)
            queue += children[pid] ?? []
        }
        return result
    }

    /// User plus system CPU time of the members, milliseconds (utime + stime of /proc/PID/stat; threads included).
    package func cpuMilliseconds() -> Double {
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        let ticks = members().compactMap { pid -> Double? in
            // Fields after the command name: state is [0], utime [11], stime [12] (proc(5) fields 14 and 15).
            guard let fields = Self.statFields(pid), fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
            return user + system
        }
        return ticks.reduce(0, +) * 1000 / max(ticksPerSecond, 1)
    }

    /// Resident memory of the members, bytes (VmRSS of /proc/PID/status).
    package func rssBytes() -> Int {
        members().reduce(0) { total, pid in
            guard let status = Self.read("/proc/\(pid)/status"),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
                let kilobytes = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap({ Int($0) })
            else { return total }
            return total + kilobytes * 1024
        }
    }

    /// The local ports of the members' TCP connections to `remotePort` (any address), from their file
    /// descriptors' socket inodes matched in /proc/net/tcp and tcp6.
    package func localPorts(connectedTo remotePort: Int) -> Set<Int> {
        var inodes = Set<String>()
        for pid in members() {
            let directory = "/proc/\(pid)/fd"
            for fd in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(directory)/\(fd)"),
                    target.hasPrefix("socket:[")
                else { continue }
                inodes.insert(String(target.dropFirst(8).dropLast()))
            }
        }
        var ports = Set<Int>()
        for table in ["/proc/\(root)/net/tcp", "/proc/\(root)/net/tcp6"] {
            guard let text = Self.read(table) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                guard fields.count > 9, inodes.contains(String(fields[9])),
                    let local = fields[1].split(separator: ":").last.flatMap({ Int($0, radix: 16) }),
                    let remote = fields[2].split(separator: ":").last.flatMap({ Int($0, radix: 16) }),
                    remote == remotePort, fields[3] == "01" // ESTABLISHED
                else { continue }
                ports.insert(local)
            }
        }
        return ports
    }

    /// A /proc file read to its end. /proc reports a size of 0, and Foundation's `String(contentsOfFile:)`
    /// then reads a single page: /proc/net/tcp on a busy machine is hundreds of kilobytes, and the sockets
    /// past the first 4 KB were never found.
    static func read(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The fields of /proc/PID/stat after the command name (which may hold spaces and parentheses).
    static func statFields(_ pid: Int32) -> [Substring]? {
        guard let text = Self.read("/proc/\(pid)/stat"),
            let close = text.lastIndex(of: ")")
        else { return nil }
        return text[text.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
    }
}
#endif
