# Only the last alternative of an or-pattern may be irrefutable.
match [1]:
    case [x | 1]:
        pass
