import Crypto
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SecretariadoCore
import Vapor

/// Rendered public pages and exports, kept per server instance and keyed by (path, query,
/// language, day in Mexico City, `DataVersion`). Requests read the counter — one
/// primary-key query — and get the stored bytes when nothing changed since they were
/// rendered; any write anywhere raises the counter, except that the national directory
/// pages follow a counter of their own that session-level writes (votes, minutes,
/// agreements…) leave alone (`DataVersion.Scope`). This instance's own writes show on its
/// very next page (`LocalWrites`); writes through another instance sharing the database
/// show within `recheckInterval`, for which the counter read is reused — that query, not
/// the page, was what a cached request spent its time on. Only anonymous requests use it:
/// what a signed-in user sees may depend on who they are. Responses carry an ETag, so
/// clients revalidate with `If-None-Match` and get 304.
///
/// `SECRETARIADO_PAGE_CACHE=0` turns it off (the benchmarks measure both ways);
/// `SECRETARIADO_PAGE_CACHE_MB` bounds its memory (default 48);
/// `SECRETARIADO_PAGE_CACHE_RECHECK_MS` is the interval (default 1000; 0 reads the counter
/// on every request).
final class PublicCache: Sendable {
    struct Key: Hashable, Sendable {
        let path: String
        let query: String
        let language: Language
        let day: Int
        /// Only for renders under way: stored entries carry their version instead.
        var version: Int64 = 0
    }

    struct Entry: Sendable {
        /// Which data version the page follows, and the one it was rendered at.
        var scope: DataVersion.Scope = .everything
        let version: Int64
        let status: HTTPResponseStatus
        let headers: [(String, String)]
        let body: ByteBuffer
        /// The body gzip-compressed, when that is smaller, for clients that accept it.
        let gzipped: ByteBuffer?
        let etag: String
        var lastUse: UInt64

        var size: Int { body.readableBytes + (gzipped?.readableBytes ?? 0) }
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var bytes = 0
        var newestVersion: [DataVersion.Scope: Int64] = [:]
        var tick: UInt64 = 0
        /// Renders under way, with the requests waiting for them.
        var rendering: [Key: [CheckedContinuation<Entry??, Never>]] = [:]
    }

    /// The last data version read, when, and how many local writes there had been then.
    private struct Stamp {
        var version: Int64
        var readAt: UInt64
        var localWrites: UInt64
    }

    private let state = NIOLockedValueBox(State())
    private let stamps = NIOLockedValueBox<[DataVersion.Scope: Stamp]>([:])
    /// How many times a page was rendered for the cache (for tests and diagnostics).
    private let renders = NIOLockedValueBox(0)
    var renderCount: Int { renders.withLockedValue { $0 } }
    let enabled: Bool
    let maxBytes: Int
    /// Nanoseconds a data version read is trusted for, absent local writes.
    let recheckInterval: UInt64

    init(enabled: Bool, maxBytes: Int, recheckMilliseconds: Int = 1_000) {
        self.enabled = enabled
        self.maxBytes = maxBytes
        self.recheckInterval = UInt64(max(0, recheckMilliseconds)) * 1_000_000
    }

    static func fromEnvironment() -> PublicCache {
        let enabled = Environment.get("SECRETARIADO_PAGE_CACHE").map { $0 != "0" && $0.lowercased() != "off" } ?? true
        let megabytes = Environment.get("SECRETARIADO_PAGE_CACHE_MB").flatMap(Int.init) ?? 48
        let recheck = Environment.get("SECRETARIADO_PAGE_CACHE_RECHECK_MS").flatMap(Int.init) ?? 1_000
        return PublicCache(enabled: enabled, maxBytes: max(1, megabytes) << 20, recheckMilliseconds: recheck)
    }

    /// The data version to serve against: the last one read while it is fresh and no write
    /// committed here since, otherwise a new read.
    func version(_ scope: DataVersion.Scope, on db: any Database) async throws -> Int64 {
        let now = DispatchTime.now().uptimeNanoseconds
        let writes = LocalWrites.count
        if let last = stamps.withLockedValue({ $0[scope] }), last.localWrites == writes, now &- last.readAt < recheckInterval {
            return last.version
        }
        let version = try await DataVersion.current(scope, on: db)
        // A write that committed while we read may not be in `version`: do not trust it.
        stamps.withLockedValue { stamps in
            if LocalWrites.count == writes, version >= stamps[scope]?.version ?? .min {
                stamps[scope] = Stamp(version: version, readAt: now, localWrites: writes)
            }
        }
        return version
    }

    /// The stored answer for `key` at `version` of `scope`, if any.
    func lookup(_ key: Key, scope: DataVersion.Scope = .everything, version: Int64) -> Entry? {
        state.withLockedValue { state in
            // Versions only grow: once a newer one is seen, older entries can never be served.
            if version > state.newestVersion[scope] ?? -1 {
                state.newestVersion[scope] = version
                state.entries = state.entries.filter { $0.value.scope != scope || $0.value.version >= version }
                state.bytes = state.entries.values.reduce(0) { $0 + $1.size }
            }
            guard var entry = state.entries[key], entry.version == version else { return nil }
            state.tick += 1
            entry.lastUse = state.tick
            state.entries[key] = entry
            return entry
        }
    }

    func store(_ key: Key, _ entry: Entry) {
        guard entry.size <= maxBytes / 4 else { return }
        state.withLockedValue { state in
            guard entry.version >= state.newestVersion[entry.scope] ?? -1 else { return }
            state.tick += 1
            var entry = entry
            entry.lastUse = state.tick
            if let old = state.entries.updateValue(entry, forKey: key) { state.bytes -= old.size }
            state.bytes += entry.size
            if state.bytes > maxBytes {
                // Evict the least recently used quarter: rare, so a sort is fine.
                let victims = state.entries.sorted { $0.value.lastUse < $1.value.lastUse }.prefix(max(1, state.entries.count / 4))
                for (victim, old) in victims {
                    state.entries[victim] = nil
                    state.bytes -= old.size
                }
            }
        }
    }

    var count: Int { state.withLockedValue { $0.entries.count } }

    /// The scope of the page stored under `key`, if one is.
    func scope(of key: Key) -> DataVersion.Scope? {
        state.withLockedValue { $0.entries[key]?.scope }
    }

    /// One render per page at a time: the first request to miss renders (`nil`); those
    /// that miss while it works wait for its result (`.some`, itself `nil` when it could not
    /// be kept). Without this, a burst of requests after a write rendered the same page
    /// once each — 64 renders of a 300 ms page stalled the server for seconds.
    func joinRender(_ key: Key) async -> Entry?? {
        await withCheckedContinuation { continuation in
            let first = state.withLockedValue { state -> Bool in
                guard state.rendering[key] != nil else {
                    state.rendering[key] = []
                    return true
                }
                state.rendering[key]!.append(continuation)
                return false
            }
            if first { continuation.resume(returning: nil) }
        }
    }

    /// Ends the render of `key`, handing `entry` to whoever waits for it.
    func finishRender(_ key: Key, _ entry: Entry?) {
        let waiting = state.withLockedValue { $0.rendering.removeValue(forKey: key) ?? [] }
        for waiter in waiting { waiter.resume(returning: .some(entry)) }
    }
}

extension PublicCache.Key {
    init(_ req: Request) {
        self.init(path: req.url.path, query: req.url.query ?? "", language: req.language, day: PublicCache.today())
    }
}

extension Application {
    private struct PublicCacheKey: StorageKey { typealias Value = PublicCache }

    var publicCache: PublicCache {
        get {
            if let cache = storage[PublicCacheKey.self] { return cache }
            let cache = PublicCache.fromEnvironment()
            storage[PublicCacheKey.self] = cache
            return cache
        }
        set { storage[PublicCacheKey.self] = newValue }
    }
}

extension PublicCache {
    /// Headers copied from a rendered response into the stored one.
    static let keptHeaders: [HTTPHeaders.Name] = [.contentType, .contentDisposition]

    /// Answers a public GET from the cache, or renders it with `render` and keeps the result.
    static func respond(
        _ req: Request, following scope: DataVersion.Scope = .everything, render: () async throws -> Response
    ) async throws -> Response {
        let cache = req.application.publicCache
        guard serves(req) else { return try await render() }
        let version = try await cache.version(scope, on: req.db)
        let key = Key(req)
        if let entry = cache.lookup(key, scope: scope, version: version) {
            return response(entry, for: req)
        }
        let renderKey = Key(path: key.path, query: key.query, language: key.language, day: key.day, version: version)
        if let shared = await cache.joinRender(renderKey) {
            // Another request rendered it meanwhile; if it could not be kept, render here.
            guard let entry = shared else { return try await render() }
            return response(entry, for: req)
        }
        let rendered: Response
        cache.renders.withLockedValue { $0 += 1 }
        do {
            rendered = try await render()
        } catch {
            cache.finishRender(renderKey, nil)
            throw error
        }
        guard rendered.status == .ok, let body = rendered.body.buffer,
            !containsMintedToken(body, req)
        else {
            cache.finishRender(renderKey, nil)
            return rendered
        }
        let entry = Entry(
            scope: scope, version: version, status: rendered.status,
            headers: keptHeaders.compactMap { name in rendered.headers.first(name: name).map { (name.description, $0) } },
            body: body, gzipped: compressed(body), etag: "\"\(scope.tag)v\(version)-\(digest(body))\"", lastUse: 0)
        cache.store(key, entry)
        cache.finishRender(renderKey, entry)
        let response = Self.response(entry, for: req)
        // Cookies set while rendering (language choice, form token) still reach the client.
        for (name, value) in rendered.headers where name.lowercased() == "set-cookie" {
            response.headers.add(name: name, value: value)
        }
        return response
    }

    /// The stored answer to an anonymous GET, found before routing (`PublicCacheMiddleware`):
    /// a page is stored only by its route's handler, after that route's authorization for
    /// anonymous visitors, so its key alone says it may be served — while its data version
    /// has not moved.
    static func hit(_ req: Request) async throws -> Response? {
        let cache = req.application.publicCache
        guard serves(req) else { return nil }
        let key = Key(req)
        guard let scope = cache.scope(of: key) else { return nil }
        let version = try await cache.version(scope, on: req.db)
        return cache.lookup(key, scope: scope, version: version).map { response($0, for: req) }
    }

    /// Whether the cache takes part in answering `req`: on, a GET or HEAD, anonymous.
    static func serves(_ req: Request) -> Bool {
        req.application.publicCache.enabled && (req.method == .GET || req.method == .HEAD) && isAnonymous(req)
            // A form's page rendered again with what was sent is never stored nor served.
            && req.formState == nil
    }

    /// No session cookie and no bearer token: nothing in the answer depends on who asks.
    static func isAnonymous(_ req: Request) -> Bool {
        req.cookies[SessionSetup.cookieName] == nil && req.headers[.authorization].isEmpty
    }

    private static func response(_ entry: Entry, for req: Request) -> Response {
        var headers = HTTPHeaders(entry.headers)
        let gzipped = acceptsGzip(req) ? entry.gzipped : nil
        // Each representation has its own tag, as RFC 9110 §8.8.3 asks.
        let etag = gzipped == nil ? entry.etag : String(entry.etag.dropLast()) + "-gz\""
        headers.replaceOrAdd(name: .eTag, value: etag)
        // Anyone may keep a copy but must ask again before using it; language is a cookie.
        headers.replaceOrAdd(name: .cacheControl, value: "public, no-cache")
        headers.replaceOrAdd(name: .vary, value: "Cookie, Accept-Encoding")
        if gzipped != nil { headers.replaceOrAdd(name: .contentEncoding, value: "gzip") }
        if req.headers[.ifNoneMatch].contains(where: { $0 == etag || $0 == "*" }) {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: entry.status, headers: headers, body: .init(buffer: gzipped ?? entry.body))
    }

    /// `Accept-Encoding` names gzip (or `*`) without `q=0`.
    static func acceptsGzip(_ req: Request) -> Bool {
        let values = req.headers[.acceptEncoding]
        // The common forms, without parsing: "gzip", "gzip, deflate, br".
        if values.contains(where: { $0.contains("gzip") && !$0.contains(";") }) { return true }
        return values.flatMap { $0.split(separator: ",") }.contains { item in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first, coding == "gzip" || coding == "*" else { return false }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0
        }
    }

    /// Small bodies are not worth a second copy.
    private static func compressed(_ body: ByteBuffer) -> ByteBuffer? {
        guard body.readableBytes >= 1_024, let gzipped = Gzip.compress(body),
            gzipped.readableBytes < body.readableBytes
        else { return nil }
        return gzipped
    }

    /// A page that embeds this visitor's freshly minted CSRF token is theirs alone.
    private static func containsMintedToken(_ body: ByteBuffer, _ req: Request) -> Bool {
        guard let token = req.storage[CSRF.MintedKey.self] ?? req.cookies[CSRF.cookieName]?.string else { return false }
        return body.readableBytesView.firstRange(of: Array(token.utf8)) != nil
    }

    /// Pages may derive something from the date (an acuerdo becomes overdue): a new day in
    /// Mexico City is a new key.
    static func today() -> Int {
        let t = MexicoCityTime.wallClock(at: Date())
        return t.year * 10_000 + t.month * 100 + t.day
    }

    private static func digest(_ body: ByteBuffer) -> String {
        SHA256.hash(data: Data(body.readableBytesView)).prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}
