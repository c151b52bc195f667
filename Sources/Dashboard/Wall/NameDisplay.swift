import LiaisonCore

/// How people supported are named on the wall, which visitors may see (`WallNames`, with its
/// labels and `Initials` in LiaisonCore, where the wall's feed is made).
public typealias NameDisplay = WallNames
