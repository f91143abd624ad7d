package lookup

import "strings"

// Close affiliation (part of stage 4, workplaces): news writing also
// joins the "of" phrase that gives a person's organisation straight to
// the name, with no comma between them: "Dana Ruiz of the Forest
// Service", "Deputy Carla Moss of the county sheriff's office" (AP
// Stylebook, "identification"; Quirk et al. 1985 §17.37 on restrictive
// postmodifying "of" phrases). affiliation.go reads the comma form; this
// lets it read the close form too. Only a recognised organisation
// counts, so "of Aurora" (a hometown) and "the son of a farmer" do not.

// closeOfStart is the index of the "of" token that follows a name ending
// at character end of s with nothing between them, or -1.
func closeOfStart(s *sentence, end, k int) int {
	if k < len(s.toks) && s.toks[k].lower == "of" && strings.TrimSpace(s.text[end:s.toks[k].start]) == "" {
		return k
	}
	return -1
}
