package lookup

import "regexp"

// A final attribution (part of stage 1, roles): news writing closes a
// sentence of reported speech with its speaker and a verb of saying
// ("When a deputy tried to pull the car over, the driver sped east,
// Osterberg said."; AP Stylebook, "said": the attribution after the
// statement). The words before the name are then the reported clause,
// not an appositive describing the speaker (Quirk et al., §14.31: the
// reporting clause and the reported clause), though "the driver sped
// east," looks like "the <description>, <name>"; an appositive before a
// name is followed by a comma after the name too ("His spokesman, Devin
// Shore, said").

// finalAttribution matches the text after a name that is only a verb of
// saying and what may close its clause ("said.", "said Tuesday.", "told
// reporters."), up to the end of the sentence.
var finalAttribution = regexp.MustCompile(`^\s+(?:said|says|added|adds|wrote|writes|told|tells)(?:\s+[\w.'’-]+){0,4}\s*[.!?]?["”]?\s*$`)

// reportedBefore reports whether the text after a name makes the name the
// speaker of a closing attribution, so that what precedes it is what was
// said.
func reportedBefore(after string) bool {
	return finalAttribution.MatchString(after)
}
