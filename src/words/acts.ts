// Bands and groups well known in British and American music up to the mid-2000s, the years of the
// news this tool is measured on: the tagger never saw most of their names and reads a one-word band
// ("Keane", "Travis") as a person. Read only in articles about music (./../extract/entities/artists.ts),
// where "Oasis" or "Embrace" is the band and not the word. Names are lower case, without a leading
// "the"; names that are mostly something else in music news too ("Queen", "Texas", "the Police",
// "Blue", "Five", "Air", "Kiss") are left out.

export const KNOWN_BANDS = new Set(
  (
    // British and Irish rock and indie
    "u2|coldplay|oasis|blur|radiohead|muse|keane|travis|idlewild|franz ferdinand|snow patrol|killers|strokes|white stripes|libertines|" +
    "babyshambles|kasabian|kaiser chiefs|bloc party|futureheads|razorlight|darkness|athlete|embrace|elbow|doves|starsailor|coral|zutons|" +
    "stereophonics|manic street preachers|super furry feeder|supergrass|suede|pulp|verve|ash|placebo|charlatans|primal scream|" +
    "belle & sebastian|belle and sebastian|mogwai|teenage fanclub|proclaimers|wet wet wet|simple minds|deacon blue|del amitri|" +
    "jesus and mary chain|cocteau twins|bay city rollers|eurythmics|beatles|rolling stones|kinks|led zeppelin|pink floyd|genesis|clash|" +
    "sex pistols|smiths|cure|new order|joy division|depeche mode|duran duran|spandau ballet|culture club|wham|dire straits|status quo|" +
    "iron maiden|black sabbath|deep purple|def leppard|stone roses|happy mondays|inspiral carpets|pogues|corrs|cranberries|thin lizzy|" +
    "boomtown rats|waterboys|beautiful south|housemartins|ub40|madness|specials|undertones|lightning seeds|ocean colour scene|" +
    "bluetones|shed seven|catatonia|gomez|turin brakes|beta band|delgados|cooper temple clause|hope of the states|hard-fi|magic numbers|" +
    "kooks|arctic monkeys|maximo park|ordinary boys|subways|hothouse flowers|jamiroquai|simply red|erasure|" +
    "pet shop boys|tears for fears|human league|stiff little fingers|manfred mann|hollies|moody blues|procol harum|roxy music|" +
    "electric light orchestra|style council|dexys midnight runners|level 42|marillion|mansun|lostprophets|funeral for a friend|" +
    "biffy clyro|elastica|echobelly|longpigs|embrace|" +
    // (and from the 1960s to the 1980s)
    "small faces|king crimson|mott the hoople|jethro tull|t. rex|t rex|humble pie|wishbone ash|uriah heep|emerson lake and palmer|" +
    "yardbirds|gerry and the pacemakers|dave clark five|herman's hermits|spencer davis group|" +
    "lindisfarne|wizzard|showaddywaddy|stranglers|buzzcocks|ultravox|siouxsie and the banshees|adam and the ants|" +
    "bronski beat|frankie goes to hollywood|soft cell|orchestral manoeuvres in the dark|haircut 100|kajagoogoo|" +
    "thompson twins|dead or alive|echo and the bunnymen|" +
    // dance and electronic
    "prodigy|chemical brothers|streets|basement jaxx|massive attack|portishead|faithless|daft punk|groove armada|leftfield|underworld|" +
    "orbital|moloko|goldfrapp|zero 7|lemon jelly|royksopp|scissor sisters|sugababes|" +
    // pop groups
    "spice girls|take that|westlife|boyzone|busted|mcfly|s club 7|s club|steps|atomic kitten|girls aloud|all saints|east 17|hear'say|" +
    "liberty x|bucks fizz|abba|bee gees|fleetwood mac|pussycat dolls|destiny's child|black eyed peas|backstreet boys|'n sync|nsync|" +
    "the 411|blazin' squad|a1|b*witched|bananarama|brotherhood of man|the darkness|" +
    // American rock, indie and metal
    "green day|foo fighters|nirvana|pearl jam|red hot chili peppers|r.e.m.|rem|metallica|linkin park|limp bizkit|blink-182|" +
    "good charlotte|offspring|sum 41|evanescence|maroon 5|hives|vines|datsuns|kings of leon|interpol|bravery|shins|modest mouse|" +
    "arcade fire|wilco|flaming lips|mercury rev|von bondies|polyphonic spree|dandy warhols|yeah yeah yeahs|electric six|" +
    "aerosmith|bon jovi|guns n' roses|guns n roses|van halen|ac/dc|beach boys|ramones|talking heads|blondie|pretenders|pixies|" +
    "sonic youth|smashing pumpkins|rage against the machine|queens of the stone age|system of a down|slipknot|korn|the white stripes|" +
    "velvet underground|grateful dead|fugees|outkast|beastie boys|run dmc|run-dmc|public enemy|de la soul|wu-tang clan|" +
    "n.w.a|neptunes|g-unit|d12|cypress hill|no doubt|hootie and the blowfish|counting crows|matchbox twenty|creed|nickelback|" +
    "the strokes|franz ferdinand|bee gees|carpenters|jackson 5|jackson five|supremes|temptations|four tops|earth wind and fire|" +
    "village people|kool and the gang|simon and garfunkel|everly brothers|righteous brothers|all-american rejects|yellowcard|" +
    "three degrees|b-52s|b-52's|drifters|platters|pointer sisters|sister sledge|boney m|o'jays|earth, wind and fire|" +
    "lynyrd skynyrd|zz top|steely dan|byrds|buffalo springfield|crosby, stills and nash|creedence clearwater revival|" +
    "jefferson airplane|velvet revolver|mamas and the papas|monkees|" +
    "snow patrol|the corrs|westlife"
  )
    .split("|")
    .map((n) => n.replace(/^the /, ""))
    .filter(Boolean),
);

// Solo acts of the same years known by one name or a stage name, which the tagger reads as a firm
// or a place ("Eminem", "Ludacris") or not at all ("LL Cool J"); read, like the bands, only in
// articles about music. Stage names that are mostly common words ("Pink", "Seal", "Prince") are left out.
export const KNOWN_SOLO_ACTS = new Set(
  (
    "eminem|madonna|morrissey|moby|sting|bono|bjork|björk|beyonce|beyoncé|shakira|kylie|dido|jamelia|lemar|javine|cher|enya|sade|" +
    "jay-z|50 cent|nelly|usher|ludacris|ja rule|ashanti|dmx|ll cool j|kanye west|snoop dogg|missy elliott|busta rhymes|" +
    "lil wayne|lil jon|lil kim|p diddy|puff daddy|ice cube|ice-t|tupac|2pac|timbaland|pharrell|twista|" +
    "akon|ciara|mya|aaliyah|r kelly|alicia keys|norah jones|joss stone|shaggy|sean paul|" +
    "dr dre|dizzee rascal|ms dynamite|lethal bizzle|mike skinner|elvis|meat loaf|marilyn manson|the edge|bb king|" +
    "fats domino|little richard|bobby brown|whitney houston|mariah carey|celine dion|liberace|donovan|lulu"
  )
    .split("|")
    .map((n) => n.replace(/^the /, "")),
);
