import LiaisonCore
import TerminalUI

/// The dashboard: panes over the Store, forms, the wall display and the key map.
public enum Dashboard {}
