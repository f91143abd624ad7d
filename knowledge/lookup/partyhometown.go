package lookup

// A party tag's hometown (part of stage 4, party). AP identifies a state
// legislator by party and hometown, not state ("Sen. Arturo Benavides,
// D-Port Hollis"; AP Stylebook, "party affiliation" and "legislative
// titles"), and a hometown may be more than one word ("Port Hollis",
// "Fort Wayne"): the tag runs on over the capitalised words after it up
// to the comma or parenthesis that closes the apposition.

// hometownRest is the rest of a multi-word hometown right after a party
// tag's first word: capitalised words, each after one space, closed by a
// comma or a closing parenthesis.
var hometownRest = lazyRE(`^(?: [A-Z][A-Za-z.]*)+[,)]`)

// wholePartyTag is the party tag rest[start:end], extended
// over a multi-word hometown ("D-Port" to "D-Port Hollis").
func wholePartyTag(rest string, start, end int) string {
	if m := hometownRest.FindStringIndex(rest[end:]); m != nil {
		return rest[start : end+m[1]-1]
	}
	return rest[start:end]
}
