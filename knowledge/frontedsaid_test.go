package knowledge

import "testing"

// TestFrontedSaid: a reporting verb opening its sentence has its subject
// after it ("Said Chief Ann Cole: …", "Added the team's owner, Bob
// Ruiz: …"), while a fronted participle's object is no speaker.
func TestFrontedSaid(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"said before a titled name and a colon",
			"The boat sank on Monday.\n\nSaid Chief Ann Cole, the rescue swimmer: \"They did everything right.\"",
			[]string{"Ann Cole"}},
		{"added before a described appositive name",
			"The boat sank on Monday.\n\nAdded the boat's owner, Bob Ruiz of Fairhaven: \"Boats can be replaced.\"",
			[]string{"Bob Ruiz"}},
		{"a fronted participle's object is no speaker",
			"Ann Cole spoke first.\n\nTold of Bob Ruiz and the vote, the crowd cheered: \"We won.\"",
			[]string{""}},
	}
	for _, tt := range tests {
		checkSpeakers(t, tt.name, tt.body, tt.want)
	}
}
