package knowledge

import "testing"

// TestAttributionMorePatterns holds further attribution patterns to small
// articles written for them: every quotation's speaker, in reading order.
func TestAttributionMorePatterns(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a coordinated predicate shares the said-clause's subject",
			"Bob Ruiz coached the team for a decade. Ann Cole was his captain.\n\nHe said she had led the team through a hard year, and called her \"the best I have seen.\"",
			[]string{"Bob Ruiz"}},
		{"a coordinated predicate shares a named subject",
			"Bob Ruiz praised Ann Cole's work and called her \"a natural leader.\"",
			[]string{"Bob Ruiz"}},
		{"a coordinated verb of saying after a framing verb",
			"Ann Cole called the plan \"a mess\" but said \"we can fix it.\"",
			[]string{"Ann Cole", "Ann Cole"}},
		{"a coordinated predicate after an appositive subject",
			"A city spokeswoman, Ann Cole, declined to comment but said the city \"stands by its workers.\"",
			[]string{"Ann Cole"}},
		{"a descriptive noun opening the sentence is no part of the name",
			"Resident Ann Cole, 62, packed her car in ten minutes.\n\n\"You do not think about furniture,\" Cole said.",
			[]string{"Ann Cole"}},
		{"the agency refers back to the public body named before",
			"The National Weather Service said it issued no warnings.\n\n\"There was no storm anywhere near,\" the agency said in a statement.",
			[]string{"National Weather Service"}},
		{"a nonrestrictive relative clause leaves its antecedent the subject",
			"Members of the Orr family, who gave the land for the park in 1902, said in a statement that they were \"thrilled to see it busy again.\"",
			[]string{"Members of the Orr family"}},
		{"the head noun names the body named before",
			"The Delta Growers Association said prices fell in May.\n\n\"It was a hard year,\" the association said.",
			[]string{"Delta Growers Association"}},
		{"the head noun picks the body whose name it ends",
			"The Delta Growers Association met the Ruiz Shipping Company on Monday.\n\n\"We made a deal,\" the company said.",
			[]string{"Ruiz Shipping Company"}},
		{"a general noun names the nearest body",
			"A spokesman for Delta Valley Energy, Bob Ruiz, said crews were out.\n\n\"We are cooperating,\" the company said.",
			[]string{"Delta Valley Energy"}},
		{"a general noun prefers a body whose name it ends",
			"The Ruiz Shipping Company hired Delta Valley Energy in May.\n\n\"We are cooperating,\" the company said.",
			[]string{"Ruiz Shipping Company"}},
		{"a general noun with no body named reads as written",
			"Bob Ruiz runs a bakery.\n\n\"We are cooperating,\" the company said.",
			[]string{"the company"}},
		{"the lawmaker names the legislator by an abbreviated title",
			"State Rep. Bob Ruiz, the mayor's brother, spoke on the radio.\n\n\"We are fighting over the same people,\" the lawmaker said.",
			[]string{"Bob Ruiz"}},
		{"the senator names the holder of Sen.",
			"Sen. Ann Cole met Gov. Bob Ruiz on Monday.\n\n\"It went well,\" the senator said.",
			[]string{"Ann Cole"}},
		{"the governor names the holder of Gov.",
			"Sen. Ann Cole met Gov. Bob Ruiz on Monday.\n\n\"It went well,\" the governor said.",
			[]string{"Bob Ruiz"}},
		{"a title in a possessive is no role of the person it describes",
			"Superintendent Ann Cole delayed the school year.\n\nBob Cole, the superintendent's brother, agreed with her.\n\n\"It is safe,\" the superintendent said.",
			[]string{"Ann Cole"}},
		{"a described subject skips a title in a possessive",
			"Bob Ruiz, the spokeswoman's husband, watched from the stands. Team spokeswoman Ann Cole smiled.\n\n\"We were lucky,\" a spokeswoman for the team said.",
			[]string{"Ann Cole"}},
		{"the younger names the child of a shared surname",
			"Capt. Bob Ruiz, 58, flew the plane.\n\nRuiz's son, Tom Ruiz, is also a pilot. \"It was a long day,\" the younger Ruiz said.",
			[]string{"Tom Ruiz"}},
		{"the elder names the parent of a shared surname",
			"Tom Ruiz is a pilot. Ruiz's father, Bob Ruiz, flew with him.\n\n\"It was a long day,\" the elder Ruiz said.",
			[]string{"Bob Ruiz"}},
		{"a traveller's descriptive noun opening the sentence is no part of the name",
			"Passenger Ann Cole was flying home.\n\n\"Nobody screamed,\" Cole said.",
			[]string{"Ann Cole"}},
		{"an inverted title after the verb names its holder",
			"Mayor Ann Cole, who had backed the plan, accepted the result. \"The voters have spoken,\" said the mayor.",
			[]string{"Ann Cole"}},
		{"an inverted head noun after the verb names the body",
			"The Delta Growers Association met on Monday. \"Prices fell,\" said the association.",
			[]string{"Delta Growers Association"}},
		{"an inverted age after the verb names the person of that age",
			"Bob Ruiz, 40, and Ann Cole, 17, spoke.\n\n\"I was scared,\" said the 17-year-old.",
			[]string{"Ann Cole"}},
		{"an occupation opening the sentence is no part of the name",
			"Librarian Ann Cole, 64, has worked at the branch since 1989.\n\n\"Kids come here,\" Cole said.",
			[]string{"Ann Cole"}},
	}
	for _, tt := range tests {
		checkSpeakers(t, tt.name, tt.body, tt.want)
	}
}

// A title word is a whole word of the role or a part of a hyphenated one
// ("Attorney-General" holds "general"), never a string inside another
// word ("President" holds no "resident").
func TestRoleHoldsWholeWords(t *testing.T) {
	for _, c := range []struct {
		role, title string
		want        bool
	}{
		{"Council President", "resident", false},
		{"Council President", "president", true},
		{"U.S. Attorney-General", "general", true},
		{"spokeswoman", "spokesman", false},
	} {
		if got := roleHolds(c.role, c.title); got != c.want {
			t.Errorf("roleHolds(%q, %q) = %v, want %v", c.role, c.title, got, c.want)
		}
	}
}
