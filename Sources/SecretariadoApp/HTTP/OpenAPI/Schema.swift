import Foundation

/// A JSON Schema (OpenAPI 3.1 dialect) for the API description. Only what the API uses.
indirect enum Schema: Sendable {
    case ref(String)
    case object([String: Schema], required: [String] = [], additional: Bool = true)
    case array(Schema)
    case string(format: String? = nil, values: [String]? = nil, example: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case number
    case boolean
    /// An object whose keys are free (sector codes) and values follow the schema.
    case map(Schema)
    case nullable(Schema)
    /// A formatted string that may also be sent empty: the input decoders read "" in an
    /// optional field as "not given", exactly as the web forms send an untouched field.
    case orEmpty(Schema)
    case any

    var json: [String: Any] {
        switch self {
        case .ref(let name):
            return ["$ref": "#/components/schemas/\(name)"]
        case .object(let properties, let required, let additional):
            // An optional property may also be sent (and is read) as null: absent and null
            // mean the same to every input decoder, so the description says so.
            var out: [String: Any] = [
                "type": "object",
                "properties": Dictionary(
                    uniqueKeysWithValues: properties.map { name, schema in
                        (name, required.contains(name) ? schema.json : schema.optionalJSON)
                    }),
            ]
            if !required.isEmpty { out["required"] = required.sorted() }
            if !additional { out["additionalProperties"] = false }
            return out
        case .array(let items):
            return ["type": "array", "items": items.json]
        case .string(let format, let values, let example):
            var out: [String: Any] = ["type": "string"]
            if let format { out["format"] = format }
            if let values { out["enum"] = values }
            if let example { out["examples"] = [example] }
            return out
        case .integer(let minimum, let maximum):
            var out: [String: Any] = ["type": "integer"]
            if let minimum { out["minimum"] = minimum }
            if let maximum { out["maximum"] = maximum }
            return out
        case .number:
            return ["type": "number"]
        case .boolean:
            return ["type": "boolean"]
        case .map(let values):
            return ["type": "object", "additionalProperties": values.json]
        case .nullable(let schema):
            return ["anyOf": [schema.json, ["type": "null"]]]
        case .orEmpty(let schema):
            return ["anyOf": [schema.json, ["type": "string", "maxLength": 0]]]
        case .any:
            return [:]
        }
    }

    /// The schema, or null.
    var optionalJSON: [String: Any] {
        switch self {
        case .nullable, .any: json
        default: ["anyOf": [json, ["type": "null"]]]
        }
    }

    static let uuid = Schema.string(format: "uuid")
    static let date = Schema.string(format: "date")
    static let dateTime = Schema.string(format: "date-time")
    static let text = Schema.string()

    static func enumeration<T: RawRepresentable & CaseIterable>(_: T.Type) -> Schema where T.RawValue == String {
        .string(values: T.allCases.map(\.rawValue))
    }
}
