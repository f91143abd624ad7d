package knowledge

import "testing"

// TestOfficerTitle: a warden's, ranger's or skipper's post written
// before the name is a title, not a given name, so the person and the
// speaker are the name after it; the plural stays a body's name.
func TestOfficerTitle(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a warden whose given name is also a noun",
			"Elk were found dead on Monday.\n\n\"They took the antlers,\" said Warden Hunter Ames of the state wildlife agency.",
			"Hunter Ames"},
		{"a skipper",
			"The boat sank on Monday.\n\n\"She rolled over in minutes,\" said Skipper Wade Coffin, 58.",
			"Wade Coffin"},
		{"a ranger",
			"The trail closed on Monday.\n\n\"The bridge is out,\" said Ranger Ann Cole.",
			"Ann Cole"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("Title\n\n"+tt.body, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Quotes) != 1 || a.Quotes[0].Speaker != tt.want {
				t.Errorf("quotes %+v, want one by %s", a.Quotes, tt.want)
			}
			for _, e := range a.Entities {
				if e.Kind == Person && e.Name != tt.want {
					t.Errorf("person %q, want only %s", e.Name, tt.want)
				}
			}
		})
	}
}

// TestOfficerTitlePlural: "the Texas Rangers" is no title before a name.
func TestOfficerTitlePlural(t *testing.T) {
	if lastTitle([]token{{s: "Texas"}, {s: "Rangers"}}) >= 0 {
		t.Error("Rangers read as a title")
	}
}
