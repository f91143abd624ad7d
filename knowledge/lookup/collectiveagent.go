package lookup

// A collective noun names a body of people that acts as one (part of
// stage 4, who-questions): "paid for by a sportsmen's group", "reported
// by a neighbourhood committee". Such nouns take personal reference
// ("the group, who …") and stand as agents as person nouns do (Quirk et
// al. 1985, §5.108 on collective nouns); WordNet files some of them under
// no kind of person or organisation ("group" is an abstraction), so the
// agent of a by-phrase is read by this list too.

// collectiveAgents are the collective nouns of people among Quirk et
// al.'s (1985, §5.108) examples that news writing makes agents.
var collectiveAgents = set("group", "groups", "crew", "crews", "committee", "committees",
	"team", "teams", "panel", "panels", "board", "boards", "staff", "jury", "club", "clubs",
	"crowd", "family", "families", "couple")
