import { describe, expect, it } from 'vitest';
import { claimKinds, type ClaimKind, type SentenceKind } from '../../lib/analysis/claim-kind';
import { analyze } from '../../lib/analysis/analyze';
import { articleOf, FILLER } from './support/article';

/** What the given sentence is, on a page of its own beside the filler. */
function sentenceKind(sentence: string, site?: string): SentenceKind {
  const page = articleOf(
    [FILLER, sentence],
    site ? { head: `<meta property="og:site_name" content="${site}">` } : {},
  );
  const i = page.sentences.findIndex((s) => sentence.startsWith(s.text.slice(0, 20)));
  return claimKinds(page)[i]!;
}
const kindOf = (sentence: string, site?: string): ClaimKind => sentenceKind(sentence, site).kind;
/** Whether the given sentence names something in particular. */
const specificOf = (sentence: string): boolean => sentenceKind(sentence).specific;

describe('a sentence that names something in particular', () => {
  it('names a figure, a quotation, or a capitalised name past its first word', () => {
    expect(specificOf('It costs 52 times less to run than the largest model.')).toBe(true);
    expect(specificOf('Costs fell by half over the course of the year.')).toBe(true);
    expect(specificOf('The post calls the change "inevitable" for every firm.')).toBe(true);
    expect(specificOf('The Nano model runs on consumer hardware.')).toBe(true);
  });

  it('is not a general remark, nor one whose only capitals are its first word and common acronyms', () => {
    expect(specificOf('Labor is expensive.')).toBe(false);
    expect(specificOf('Everything changes with AI and cheaper GPUs.')).toBe(false);
    // A capital that opens a sentence says nothing of a name, whatever the word.
    expect(specificOf('Nano runs on consumer hardware.')).toBe(false);
  });
});

describe('what is a claim about the source', () => {
  it('takes a site’s notices for furniture where a label starts or the site speaks, else for what a story is about', () => {
    // The site's own notices.
    expect(kindOf('Accept all cookies')).toBe('furniture');
    expect(
      kindOf('Sign up for the weekly briefing on chips and models, every Friday morning.'),
    ).toBe('furniture');
    expect(
      kindOf('This website stores cookies on your computer to improve the articles it shows you.'),
    ).toBe('furniture');
    expect(
      kindOf(
        'By reading on, you accept that we keep a record of your visits under the terms of use.',
      ),
    ).toBe('furniture');
    // The same words in a story about an AI company.
    expect(
      kindOf(
        'The lab changed its consumer terms of service to train its models on user chats by default.',
      ),
    ).toBe('claim');
    expect(
      kindOf(
        'Developers in Europe can sign up for the agent’s waitlist through the company’s console from Monday.',
      ),
    ).toBe('claim');
    // A company's "we" in a quotation is not the site speaking.
    expect(
      kindOf(
        '“We updated our privacy policy so that people can see how their chats train the models,” the lab said.',
      ),
    ).toBe('reported');
  });

  it('takes a newsletter’s greeting, sign-off and pointers to its own sections for furniture', () => {
    expect(kindOf('Happy Friday, everyone!')).toBe('furniture');
    expect(kindOf('Hello, readers, and welcome back.')).toBe('furniture');
    expect(kindOf('Good morning, AI fans.')).toBe('furniture');
    expect(kindOf('Welcome to issue 42 of the notes.')).toBe('furniture');
    expect(kindOf('Greetings from the conference floor in Las Vegas.')).toBe('furniture');
    expect(kindOf('Hey there!')).toBe('furniture');
    expect(kindOf('Enjoy the issue.')).toBe('furniture');
    expect(kindOf('In the tools section you’ll find this week’s picks.')).toBe('furniture');
    expect(kindOf('You will find the full list of models below.')).toBe('furniture');
    expect(kindOf('Below, you’ll find this week’s three charts.')).toBe('furniture');
    // The same words where a story says something: a mood, a name, a long welcome, a place.
    expect(kindOf('Happy customers renewed their contracts after the update.')).toBe('claim');
    expect(kindOf('Hi-tech lenders cut their rates after the launch.')).toBe('claim');
    expect(kindOf('Hello Games released its first AI tool for level design.')).toBe('claim');
    expect(kindOf('“Hello,” the robot said.')).not.toBe('furniture');
    expect(
      kindOf(
        'Welcome to the model’s third version, which now runs on laptops and phones and costs nothing.',
      ),
    ).toBe('claim');
    expect(kindOf('You will find the weights on Hugging Face from today.')).toBe('claim');
  });

  it('takes a newsletter’s welcome to its issue and its sign-offs for furniture, at any length', () => {
    expect(
      kindOf(
        'Welcome to the twelfth edition of Model Notes, your source for the week’s biggest model releases and what they mean.',
      ),
    ).toBe('furniture');
    expect(kindOf('Whether you run a lab or just follow one, we’ve got you covered.')).toBe(
      'furniture',
    );
    expect(kindOf('Until next time!')).toBe('furniture');
    expect(kindOf('Have a great weekend, and thanks for being here.')).toBe('furniture');
    expect(kindOf('Reply to this email and tell us which model you tried first.')).toBe(
      'furniture',
    );
    expect(kindOf('Forward it to a friend who builds agents.')).toBe('furniture');
    expect(kindOf('That’s a wrap for today.')).toBe('furniture');
    // A welcome to something else, and an edition that is a product's.
    expect(
      kindOf('Welcome to the age of physical AI, where robots learn from video and simulation.'),
    ).toBe('claim');
    expect(kindOf('The company said the fix ships in this week’s edition of its app.')).not.toBe(
      'furniture',
    );
  });

  it('takes the writer reading an event for commentary, not a report of what a document says', () => {
    expect(kindOf('This move signals a shift in how labs price their models.')).toBe('commentary');
    expect(kindOf('The deal underscores how scarce compute has become.')).toBe('commentary');
    expect(kindOf('That pivot suggests the company sees agents as its next market.')).toBe(
      'commentary',
    );
    // A document's word, or a name: what the source says, or its own reading.
    expect(kindOf('The release suggests the weights will be open by June.')).not.toBe('commentary');
    expect(kindOf('The announcement highlights a 40% cut in the price of tokens.')).not.toBe(
      'commentary',
    );
    expect(kindOf('NVIDIA’s launch signals a push into robotics, the company said.')).not.toBe(
      'commentary',
    );
  });

  it('takes stance idioms for the writer’s own view, and a newsletter’s “stay tuned” for furniture', () => {
    expect(kindOf('Time will tell whether the bet on small models pays off.')).toBe('commentary');
    expect(kindOf('The jury is still out on whether agents save money.')).toBe('commentary');
    expect(kindOf('Make no mistake: this is a big deal for chip makers.')).toBe('commentary');
    expect(kindOf('The big question is whether developers will switch.')).toBe('commentary');
    expect(kindOf('Needless to say, investors took notice of the price.')).toBe('commentary');
    expect(kindOf('One thing is clear: the race for cheap inference is far from over.')).toBe(
      'commentary',
    );
    // The writer judging a company's move, however particular the names.
    expect(kindOf('For Lumen, this is a clear shot across the bow at Acme.')).toBe('commentary');
    expect(kindOf('Acme deserves credit for publishing the failures.')).toBe('commentary');
    expect(kindOf('Whether Lumen can keep up is anyone’s guess.')).toBe('commentary');
    expect(kindOf('Acme’s timing is no accident.')).toBe('commentary');
    expect(kindOf('Skeptics will point out that Acme ran its own benchmarks.')).toBe('commentary');
    expect(kindOf('Acme’s bet on small models seems to be paying off.')).toBe('commentary');
    // The writer weighing what was reported, whether it will last, and how far to trust it.
    expect(kindOf('Whether the gains survive real workloads is another matter.')).toBe(
      'commentary',
    );
    expect(kindOf('The question is whether enterprises will pay for it.')).toBe('commentary');
    expect(kindOf('It is too early to tell how widely the model will be used.')).toBe('commentary');
    expect(kindOf('Still, the numbers are hard to ignore.')).toBe('commentary');
    expect(kindOf('If the results replicate, this could be a game changer for OCR.')).toBe(
      'commentary',
    );
    expect(kindOf('The real test will come when developers get their hands on it.')).toBe(
      'commentary',
    );
    expect(kindOf('The bigger story, though, is the price.')).toBe('commentary');
    expect(kindOf('Agents that browse for you are here to stay.')).toBe('commentary');
    expect(kindOf('Arguably, the most interesting part is the licence.')).toBe('commentary');
    expect(kindOf('Benchmarks run by the vendor deserve a healthy dose of skepticism.')).toBe(
      'commentary',
    );
    expect(kindOf('Fine-tuning on your own documents is easier said than done.')).toBe(
      'commentary',
    );
    expect(kindOf('But there’s a catch.')).toBe('commentary');
    // The same words said by someone quoted are theirs: the quotation is held to the source.
    expect(kindOf('"This is a game changer for document processing," the lab wrote.')).toBe(
      'reported',
    );
    expect(kindOf('Stay tuned.')).toBe('furniture');
    expect(kindOf('More on that below.')).toBe('furniture');
    // The same words apart, in what a story reports.
    expect(kindOf('The model can tell the time from a photo of a clock in any light.')).toBe(
      'claim',
    );
    expect(
      kindOf('The question is answered in the paper’s second section with a new benchmark.'),
    ).toBe('claim');
    expect(kindOf('Acme credited its partners for the dataset and paid off its loans.')).toBe(
      'claim',
    );
  });

  it('takes a writer’s biography and a news page’s notes on itself for furniture', () => {
    expect(kindOf('Jane Doe is a senior reporter covering chips and cloud computing.')).toBe(
      'furniture',
    );
    expect(kindOf('Ravi Patel is a contributing writer based in Pune.')).toBe('furniture');
    expect(kindOf('Correction: An earlier version of this story misstated the model’s size.')).toBe(
      'furniture',
    );
    expect(kindOf('Disclosure: The writer holds no shares in any chip maker.')).toBe('furniture');
    expect(kindOf('Related: How small models learned to read invoices.')).toBe('furniture');
    expect(kindOf('This article has been updated with a response from the lab.')).toBe('furniture');
    expect(kindOf('This story is part of a series on open models.')).toBe('furniture');
    expect(kindOf('Tell us what you think of the new model and let us know in the comments.')).toBe(
      'furniture',
    );
    expect(kindOf('Read the original post on the Hugging Face blog.')).toBe('furniture');
    expect(kindOf('Watch the keynote below.')).toBe('furniture');
    expect(kindOf('Reporting by Jane Doe in San Francisco.')).toBe('furniture');
    expect(kindOf('Editing by John Smith and Ana Silva.')).toBe('furniture');
    // A credit line's words inside a longer claim are not furniture.
    expect(
      kindOf(
        'The lab said that reporting by thousands of users helped its engineers find the bug.',
      ),
    ).not.toBe('furniture');
    expect(kindOf('Updated at 9:15 a.m.')).toBe('furniture');
    expect(kindOf('This story has been corrected to say the model has 7 billion parameters.')).toBe(
      'furniture',
    );
    expect(kindOf('The views expressed are the author’s own.')).toBe('furniture');
    expect(kindOf('Have a tip?')).toBe('furniture');
    expect(kindOf('Email us at tips@techdaily.example with what you know.')).toBe('furniture');
    // A lab's own correction, and its contact line in a restated post, are what a story is about.
    expect(kindOf('The lab corrected the model card to say 7 billion parameters.')).toBe('claim');
    // A person a story describes, news under "Update:", a related paper.
    expect(kindOf('Jensen Huang is the chief executive of the chip maker.')).toBe('claim');
    expect(kindOf('Ming-Chi Kuo is an analyst at a brokerage in Taipei.')).toBe('claim');
    expect(kindOf('Claude is a great writer.')).toBe('claim');
    expect(kindOf('Update: the lab has since released the weights.')).toBe('claim');
    expect(kindOf('The related paper is on arXiv.')).toBe('claim');
  });

  it('takes "buckle up" for the writer directing the reader', () => {
    expect(kindOf('Buckle up: the next model lands on Thursday.')).toBe('commentary');
  });

  it('takes link and byline labels for furniture where a label starts, not inside a long sentence', () => {
    // A label: at the start, after a separator, or in a short sentence.
    expect(kindOf('More from the hardware desk')).toBe('furniture');
    expect(kindOf('You can read more about it here.')).toBe('furniture');
    expect(kindOf('Story written by Jane Doe')).toBe('furniture');
    expect(
      kindOf(
        'The lab’s notes on how the chip was tested in its own data centre · written by Jane Doe.',
      ),
    ).toBe('furniture');
    // A picture's credit is furniture wherever it stands.
    expect(
      kindOf(
        'Featured image courtesy of the lab’s partners, from left to right: two robots and an arm.',
      ),
    ).toBe('furniture');
    expect(
      kindOf(
        '» More from the hardware desk: every chip, board and data centre the labs announced this week.',
      ),
    ).toBe('furniture');
    // The same words inside a sentence that says something (a real one: "smaller models benefit
    // proportionally more from distributional alignment" was taken for a "more from" link).
    expect(
      kindOf(
        'Smaller models benefit more from careful fine-tuning than larger ones, the team found.',
      ),
    ).toBe('claim');
    expect(
      kindOf(
        'The launch video was written by the lab’s own marketing team and narrated by its chief.',
      ),
    ).toBe('claim');
    expect(
      kindOf('The chip has become the most popular accelerator among cloud providers this year.'),
    ).toBe('claim');
  });

  it('takes a byline phrase inside a short sentence for a byline only before a name', () => {
    // A blog's and a news page's bylines and notes, written here as tests.
    expect(kindOf('Posted by Maria Chen on March 3, 2026.')).toBe('furniture');
    expect(kindOf('Story by Lena Ortiz, Staff Writer.')).toBe('furniture');
    expect(kindOf('Written by the Tech Desk.')).toBe('furniture');
    expect(kindOf('This story was written by the Tech Desk.')).toBe('furniture');
    expect(kindOf('Updated with comment from the company.')).toBe('furniture');
    expect(kindOf('Next post: The week in AI.')).toBe('furniture');
    // "by" and a lower-case word is the agent of a claim, however short the sentence.
    expect(kindOf('The paper was reviewed by three outside experts.')).toBe('claim');
    expect(kindOf('The report was reviewed by Stanford researchers.')).toBe('claim');
    expect(kindOf('Story written by Jane Doe and Sam Roe.')).toBe('furniture');
    expect(kindOf('Gains were posted by every model tested.')).toBe('claim');
    expect(kindOf('The model posted by far the best score.')).toBe('claim');
    expect(kindOf('The weights were edited by a community fine-tune.')).toBe('claim');
  });

  it('page furniture is not a claim: newsletter, cookie, share and navigation text', () => {
    // The real failures of issue 19, and furniture of the same kinds written here.
    expect(kindOf('You can unsubscribe at any time.')).toBe('furniture');
    expect(kindOf('By subscribing, you agree to receive updates from us.')).toBe('furniture');
    expect(kindOf('Stay ahead of the systems reshaping markets.')).toBe('furniture');
    expect(kindOf('This signal links to a primary source.')).toBe('furniture');
    expect(kindOf('This is an original digest written from the company’s announcement.')).toBe(
      'furniture',
    );
    expect(kindOf('We use cookies to improve your experience on this site.')).toBe('furniture');
    expect(kindOf('Read more about the new chip in our hardware section.')).toBe('furniture');
    expect(kindOf('Share this story with your colleagues.')).toBe('furniture');
  });

  it('a digest’s note on itself, a short call to act and a signpost to what follows are not claims', () => {
    expect(kindOf('This is an original editorial digest by The Model Desk.')).toBe('furniture');
    expect(kindOf('Source: the lab’s blog, courtesy of the original publisher.')).toBe('furniture');
    // Asked of the reader, with a full stop or without.
    expect(kindOf('Get the next digest.')).toBe('furniture');
    expect(kindOf('Try the model in your browser today.')).toBe('furniture');
    expect(kindOf('Here’s what was announced and why it could matter for chip buyers.')).toBe(
      'furniture',
    );
    expect(kindOf('Let’s break down everything the lab announced this week.')).toBe('furniture');
    expect(kindOf('In this article, we examine the lab’s new chips and what they cost.')).toBe(
      'furniture',
    );
    expect(kindOf('This guide walks you through the new model’s settings.')).toBe('furniture');
    // The source's article, or its post, is another matter.
    expect(kindOf('In this article, the lab says the chips cost half as much.')).not.toBe(
      'furniture',
    );
    expect(kindOf('This article in Nature reports a 40% gain.')).not.toBe('furniture');
    // The writer counting what comes next; a count whose items follow the colon is a claim.
    expect(kindOf('Here are five takeaways from the launch.')).toBe('furniture');
    expect(kindOf('There are three things to know about the new model:')).toBe('furniture');
    expect(kindOf('The release matters for two reasons.')).toBe('furniture');
    expect(kindOf('There are three versions of the model: 8B, 32B and 70B.')).toBe('claim');
    expect(kindOf('There are three reasons the model failed: data, compute and time.')).toBe(
      'claim',
    );
    expect(kindOf('Here are the results of the safety tests, which the lab ran for a month.')).toBe(
      'claim',
    );
    // A news page's note on its own making.
    expect(kindOf('This story originally appeared on The Model Desk.')).toBe('furniture');
    expect(kindOf('Priya Nair in Bengaluru contributed to this report.')).toBe('furniture');
    expect(kindOf('We asked the lab for comment and will update this story if it replies.')).toBe(
      'furniture',
    );
    // A newsletter's sign-off, and its note to a reader it was forwarded to.
    expect(kindOf('Thanks for reading, and talk to you next week!')).toBe('furniture');
    expect(kindOf('Was this email forwarded to you?')).toBe('furniture');
    expect(kindOf('Check it out here!')).toBe('furniture');
    expect(kindOf('Check Point shares fell after the lab’s report.')).toBe('claim');
    // A newsletter talking of its issue.
    expect(kindOf('Today you’re reading the 12th issue of The Model Desk.')).toBe('furniture');
    expect(kindOf('Every Friday, we bring you three stories from the labs.')).toBe('furniture');
    // The newsroom asking for comment is how the story was reported: no source could back it.
    expect(kindOf('A spokesperson for the lab declined to comment on pricing.')).toBe('furniture');
    // A long sentence that opens with such a verb goes on to say something; so does "here's" a fact.
    expect(
      kindOf('Get ready for cheaper inference, since the new chip halves the cost per token.'),
    ).toBe('claim');
    expect(kindOf('Here’s the catch: the model runs only on the lab’s own chips.')).toBe('claim');
    expect(kindOf('See, the lab shipped the model a month early.')).toBe('claim');
  });

  it('a digest describing itself, pointing to a look ahead or noting its own making is furniture', () => {
    expect(kindOf('This digest rounds up the week’s model launches in five minutes.')).toBe(
      'furniture',
    );
    expect(kindOf('Every Monday, this digest curates the lab news worth your time.')).toBe(
      'furniture',
    );
    expect(kindOf('This latest edition covers two chip deals and a new open model.')).toBe(
      'furniture',
    );
    expect(kindOf('Here’s a quick look at what the lab shipped and what it costs.')).toBe(
      'furniture',
    );
    expect(kindOf('Here’s our rundown of the three launches that mattered.')).toBe('furniture');
    expect(kindOf('If you enjoyed this issue, pass it on to a colleague.')).toBe('furniture');
    expect(kindOf('This essay first appeared in The Model Desk’s weekly letter.')).toBe(
      'furniture',
    );
    expect(kindOf('We’re cutting through the noise to bring you the launches that count.')).toBe(
      'furniture',
    );
    // A documentation site on itself, and its pointers to its other pages.
    expect(kindOf('This document describes how the model router picks a backend.')).toBe(
      'furniture',
    );
    expect(kindOf('This page provides an overview of the training pipeline.')).toBe('furniture');
    expect(kindOf('For setup instructions, see Getting Started.')).toBe('furniture');
    expect(kindOf('For more details on the tokenizer, see Tokenization.')).toBe('furniture');
    expect(kindOf('For API usage details of the server, see Server Reference.')).toBe('furniture');
    expect(kindOf('For most users, the small model is enough, see the lab’s chart.')).not.toBe(
      'furniture',
    );
    // A news or blog template's footers, notes and asks of the reader.
    expect(kindOf('The post Lab ships a tiny model appeared first on Model Desk.')).toBe(
      'furniture',
    );
    expect(kindOf('Disclaimer: this piece is not investment advice.')).toBe('furniture');
    expect(kindOf('Tags: robotics, open models, chips.')).toBe('furniture');
    expect(kindOf('Featured image: a robot arm stacking boxes.')).toBe('furniture');
    expect(kindOf('This article was written with help from AI tools and checked by us.')).toBe(
      'furniture',
    );
    expect(kindOf('We may receive a commission when you buy through our links.')).toBe('furniture');
    expect(kindOf('Contact our newsroom.')).toBe('furniture');
    expect(kindOf('Advertise with us.')).toBe('furniture');
    expect(kindOf('Support our journalism.')).toBe('furniture');
    expect(kindOf('Follow our coverage of the chip race.')).toBe('furniture');
    expect(kindOf('Copyright 2026 The Model Desk.')).toBe('furniture');
    expect(kindOf('© 2026 The Model Desk. All rights reserved.')).toBe('furniture');
    // A newsletter post's template, its notes and its thanks.
    expect(kindOf('Thanks to Ana and Li for feedback on an early draft.')).toBe('furniture');
    expect(kindOf('The rest of this post is for members only.')).toBe('furniture');
    expect(kindOf('Upgrade to paid for the whole archive.')).toBe('furniture');
    expect(kindOf('This post is public, so pass it along.')).toBe('furniture');
    expect(kindOf('Further reading: the lab’s report and its model card.')).toBe('furniture');
    expect(kindOf('Previously: how the lab trained its first model.')).toBe('furniture');
    expect(kindOf('Source: the lab’s launch post.')).toBe('furniture');
    expect(kindOf('Edit: an earlier draft gave the wrong price.')).toBe('furniture');
    expect(kindOf('Full disclosure: the writer once consulted for the lab.')).toBe('furniture');
    expect(kindOf('The cover image shows the lab’s chip on a desk.')).toBe('furniture');
    // Thanks for something else, and a source that says something, are claims.
    expect(kindOf('Thanks to its new chip, the lab cut its costs by half.')).toBe('claim');
    expect(kindOf('Thanks to feedback from early users, the lab fixed the bug.')).toBe('claim');
    expect(kindOf('The lab’s sources of training data remain secret.')).toBe('claim');
    // A press release's legal text, copied onto a page.
    expect(kindOf('These statements are forward-looking statements and may prove wrong.')).toBe(
      'furniture',
    );
    expect(kindOf('Wren and Acme are registered trademarks.')).toBe('furniture');
    expect(kindOf('All other marks are the property of their respective owners.')).toBe(
      'furniture',
    );
    // The same first words in what a story reports.
    expect(kindOf('Copyright suits against the lab piled up in 2025.')).toBe('claim');
    expect(kindOf('Support for the new chip arrives in May.')).toBe('claim');
    expect(kindOf('Follow-up tests showed the same gains.')).toBe('claim');
    // A blog template's comment box, reading time and picture text; a sign-off promising more.
    expect(kindOf('Leave a reply.')).toBe('furniture');
    expect(kindOf('Share your thoughts on the launch in the comments below.')).toBe('furniture');
    expect(kindOf('Share your thoughts with us on the forum.')).toBe('furniture');
    expect(kindOf('Reading time: 4 minutes.')).toBe('furniture');
    expect(kindOf('A glowing hero image of a chip above a city at night.')).toBe('furniture');
    expect(kindOf('We’ll keep you posted.')).toBe('furniture');
    expect(kindOf('More to come.')).toBe('furniture');
    expect(kindOf('What it means for you: cheaper replies from the same app.')).toBe('commentary');
    // What the source's document does, or the page's own noun doing something else, is a claim.
    expect(kindOf('The report covers two chip deals and a new open model.')).not.toBe('furniture');
    expect(kindOf('This section of the license bars use by large rivals.')).toBe('claim');
    expect(kindOf('This edition of the model runs on a single laptop.')).toBe('claim');
    expect(kindOf('Here’s a model that writes its own tests.')).not.toBe('furniture');
  });

  it('the writer weighing what was said, or speculating on it, is commentary', () => {
    expect(kindOf('That detail matters because few labs publish their costs.')).toBe('commentary');
    expect(kindOf('This choice matters more than the benchmark.')).toBe('commentary');
    expect(kindOf('If it works, every phone maker will want one.')).toBe('commentary');
    expect(kindOf('If they pan out, the savings would be large.')).toBe('commentary');
    expect(kindOf('If they do, prices will fall.')).toBe('commentary');
    expect(kindOf('If successful, the chip could ship next year.')).toBe('commentary');
    // A condition the source may state, and a thing that matters to someone, are claims.
    expect(kindOf('If the user asks twice, the model refuses to answer.')).not.toBe('commentary');
    expect(kindOf('If it rains, the delivery robot waits indoors.')).not.toBe('commentary');
    expect(kindOf('If demand holds, the lab will open a second plant.')).not.toBe('commentary');
    expect(kindOf('Latency matters most for voice agents, the lab said.')).not.toBe('commentary');
  });

  it('the writer presuming what the reader has seen, or announcing a verdict, is commentary', () => {
    expect(kindOf('You’ve probably noticed that every lab now ships a small model.')).toBe(
      'commentary',
    );
    expect(kindOf('You’re likely wondering what this costs.')).toBe('commentary');
    expect(kindOf('You may have seen the demo videos already.')).toBe('commentary');
    expect(kindOf('The message is clear: small models are here to stay.')).toBe('commentary');
    expect(kindOf('The uncomfortable truth is that few teams test their models.')).toBe(
      'commentary',
    );
    // A review's labels for its own judgement; a page's feedback buttons.
    expect(kindOf('Our verdict: quick and cheap, but weak on long files.')).toBe('commentary');
    expect(kindOf('Pros: runs on a laptop and costs nothing.')).toBe('commentary');
    expect(kindOf('Cons: slow on long documents.')).toBe('commentary');
    expect(kindOf('Rating: 4 out of 5.')).toBe('commentary');
    expect(kindOf('Rate this article.')).toBe('furniture');
    expect(kindOf('Report an error.')).toBe('furniture');
    // A benchmark's score label and a rating's own name report figures.
    expect(kindOf('Score: 71.2 on the reading exam.')).not.toBe('commentary');
    expect(kindOf('Its Elo rating: 2622 on the coding contest.')).not.toBe('commentary');
    expect(kindOf('The new chip’s speed is nothing short of remarkable.')).toBe('commentary');
    expect(kindOf('It is safe to say the lab has caught up with its rivals.')).toBe('commentary');
    expect(kindOf('Overall, it’s fair to say few buyers will notice the difference.')).toBe(
      'commentary',
    );
    // "You" in what the source's product lets users do is a claim about it.
    expect(kindOf('The app lets you run the model offline on a phone.')).toBe('claim');
    expect(kindOf('The lab said users have likely seen the change already.')).toBe('reported');
  });

  it('bylines, datelines and headings are not claims', () => {
    expect(kindOf('By Maria Lopez')).toBe('furniture');
    expect(kindOf('SATURDAY, MAY 23, 2026')).toBe('furniture');
    expect(kindOf('4 min read')).toBe('furniture');
    // A whole line without an end mark: a heading or kicker, even one that sounds like a claim.
    expect(kindOf('How Smaller Models Took the Lead')).toBe('furniture');
    expect(kindOf('The Chip That Halves Training Costs')).toBe('furniture');
  });

  it('the page naming itself is about the page, not the story', () => {
    expect(
      kindOf(
        'Tracked by The Weekly Model Brief as part of its coverage.',
        'The Weekly Model Brief',
      ),
    ).toBe('furniture');
  });

  it('the writer speaking for themself is commentary; the "I" of "AI" is not the writer', () => {
    expect(kindOf('I spent a week running the model on a laptop.')).toBe('commentary');
    expect(kindOf('My team moved two workloads to the smaller model last month.')).toBe(
      'commentary',
    );
    expect(kindOf('The AI model runs on a single graphics card.')).toBe('claim');
  });

  it('bylines and datelines with a full stop are furniture, not claims', () => {
    // Without a full stop a short line is a heading anyway: these end in one.
    expect(kindOf('By Jane Doe, Staff Writer.')).toBe('furniture');
    expect(kindOf('Updated 12 June 2026, 10:40 BST.')).toBe('furniture');
    expect(kindOf('Published on May 3, 2026, by the newsroom.')).toBe('furniture');
    expect(kindOf('Saturday, May 23, 2026 at 3:25 pm.')).toBe('furniture');
    // "By" and a month or a weekday gives a time; a longer sentence that starts so reports something.
    expect(kindOf('By March, the lab had hired forty people.')).toBe('claim');
    expect(kindOf('By Friday the lab had shipped three new models and a benchmark for them.')).toBe(
      'claim',
    );
  });

  it('a page’s note that it is paid for is not a claim; a claim about who paid for something is', () => {
    expect(kindOf('Sponsored by Acme Cloud.')).toBe('furniture');
    expect(kindOf('SPONSORED')).toBe('furniture');
    expect(kindOf('Sponsored · Acme Cloud runs your models for less.')).toBe('furniture');
    expect(kindOf('Paid partnership: Acme Cloud.')).toBe('furniture');
    expect(kindOf('In partnership with: Acme Cloud.')).toBe('furniture');
    expect(kindOf('Advertisement')).toBe('furniture');
    expect(kindOf('Today’s sponsor: Acme Cloud, the GPU cloud for teams.')).toBe('furniture');
    expect(kindOf('A word from our sponsor.')).toBe('furniture');
    expect(kindOf('Brought to you by Acme Cloud.')).toBe('furniture');
    expect(kindOf('Presented by Acme Cloud.')).toBe('furniture');
    expect(kindOf('Today’s issue is brought to you by Acme Cloud.')).toBe('furniture');
    expect(kindOf('This post was produced in partnership with Acme Cloud.')).toBe('furniture');
    expect(kindOf('This article is sponsored by Acme Cloud.')).toBe('furniture');
    // The same words in claims about the story.
    expect(kindOf('The study was sponsored by the National Institutes of Health.')).toBe('claim');
    expect(kindOf('Sponsored research now funds half of the lab’s work.')).toBe('claim');
    expect(kindOf('Advertisement revenue at the company rose by a tenth in May.')).toBe('claim');
    expect(kindOf('Our sponsors at the lab say the model runs on one GPU.')).toBe('reported');
    expect(kindOf('The benchmark was paid for by the lab that built the model.')).toBe('claim');
    expect(kindOf('In partnership with the lab, the chip maker trained the model.')).toBe('claim');
    expect(
      kindOf('Presented by its chief executive at GTC, the chip runs twice as fast as before.'),
    ).toBe('claim');
  });

  it('the newsroom asking for comment, a model-made picture’s credit, the writer’s beat and a like button are not claims', () => {
    expect(kindOf('OpenAI did not respond to a request for comment.')).toBe('furniture');
    expect(kindOf('NVIDIA declined to comment on pricing.')).toBe('furniture');
    expect(kindOf('We asked DeepSeek for comment but did not hear back.')).toBe('furniture');
    expect(kindOf('A spokesperson did not immediately respond on Monday.')).toBe('furniture');
    expect(kindOf('Image generated with Midjourney.')).toBe('furniture');
    expect(kindOf('Illustration created with DALL-E by The Model Desk.')).toBe('furniture');
    expect(kindOf('Jane Smith covers artificial intelligence for The Model Desk.')).toBe(
      'furniture',
    );
    expect(kindOf('Sam Roe writes about chips and cloud computing for the site.')).toBe(
      'furniture',
    );
    expect(kindOf('Like this: Like Loading...')).toBe('furniture');
    // The same words about the story.
    expect(kindOf('Images generated with the new model look sharper than before.')).toBe('claim');
    expect(kindOf('Videos made with Veo 3 now carry a watermark.')).toBe('claim');
    expect(kindOf('NVIDIA covers the cloud credits for startups in the program.')).toBe('claim');
    expect(kindOf('Sam Altman covers the cloud bill for everyone.')).toBe('claim');
    expect(kindOf('The OpenAI Foundation covers tuition for Stanford University.')).toBe('claim');
    expect(kindOf('The lab opened its safety policy to public comment in June.')).toBe('claim');
  });

  it('a story still being written, the help its writer had and a pointer to watch or catch up are not claims', () => {
    expect(kindOf('This story is developing and will be updated.')).toBe('furniture');
    expect(kindOf('More details to come.')).toBe('furniture');
    expect(kindOf('Written with help from ChatGPT.')).toBe('furniture');
    expect(kindOf('Watch the full keynote below.')).toBe('furniture');
    expect(kindOf('Catch up on last week’s issue here.')).toBe('furniture');
    expect(kindOf('Find the paper and the weights here.')).toBe('furniture');
    // The same words in the story.
    expect(kindOf('Watch makers in Geneva adopted the vision model for quality control.')).toBe(
      'claim',
    );
    expect(kindOf('The model was written with help from a team of linguists in Nairobi.')).toBe(
      'claim',
    );
  });

  it('a search engine’s follow button, a note that AI helped write the page and a newsletter’s promise are not claims', () => {
    expect(kindOf('Add us as a preferred source on Google.')).toBe('furniture');
    expect(kindOf('Summary generated by AI, reviewed by our editors.')).toBe('furniture');
    expect(kindOf('This content was produced with the assistance of AI.')).toBe('furniture');
    expect(kindOf('Be the first to know when news breaks.')).toBe('furniture');
    // The same words in the story.
    expect(kindOf('The lab used the model as a preferred source of synthetic training data.')).toBe(
      'claim',
    );
    expect(
      kindOf('Researchers built the dataset with the assistance of AI tools and human reviewers.'),
    ).toBe('claim');
  });

  it('the writer’s praise of a company by name is commentary, not a claim its source lacks', () => {
    for (const sentence of [
      'NVIDIA just changed the game for robotics.',
      'DeepSeek has done it again.',
      'This puts serious pressure on Meta and Mistral.',
      'Kimi K2 is the model to watch this year.',
      'GLM-4.5 deserves far more attention than it has received.',
      'The Chinese labs are no longer playing catch-up.',
      'Hugging Face continues to punch above its weight.',
      'Nobody saw this coming from a startup in Beijing.',
      'The launch is a wake-up call for Western labs.',
      'Qwen3 took the world by storm last spring.',
    ])
      expect(kindOf(sentence), sentence).toBe('commentary');
    // The company's own words, quoted, are the company's.
    expect(kindOf('NVIDIA said the chip "changes the game" for robotics.')).toBe('reported');
    expect(kindOf('The FTC put OpenAI on notice over its data practices.')).toBe('claim');
  });

  it('a picture’s credit, a bracketed mark and a dateline with its weekday are not claims', () => {
    expect(kindOf('Image Credits: Simonkr / Getty Images.')).toBe('furniture');
    expect(kindOf('Image: NVIDIA.')).toBe('furniture');
    expect(kindOf('Photo: Maria Okafor.')).toBe('furniture');
    expect(kindOf('Photographs: Jane Doe/Reuters.')).toBe('furniture');
    expect(kindOf('Screenshot: The Model Desk.')).toBe('furniture');
    expect(kindOf('Image source: Google DeepMind.')).toBe('furniture');
    expect(kindOf('Illustration by Maria Okafor for The Model Desk.')).toBe('furniture');
    expect(kindOf('Video courtesy of the lab.')).toBe('furniture');
    expect(kindOf('Credit: Anthropic.')).toBe('furniture');
    // The label run into the name where they were two elements; not a word that starts so.
    expect(kindOf('CreditMaria Okafor for The Model Desk')).toBe('furniture');
    expect(kindOf('Credited Labs released the model weights on Monday.')).toBe('claim');
    expect(kindOf('CreditSafe Holdings sold the scoring model to banks in Europe.')).toBe('claim');
    expect(kindOf('Justin Sullivan/Getty Images')).toBe('furniture');
    expect(kindOf('Okafor/The Model Desk.')).toBe('furniture');
    expect(kindOf('Maria Okafor/NurPhoto via Reuters.')).toBe('furniture');
    // A wire's caption.
    expect(kindOf('The lab’s logo is seen on a phone screen in this illustration.')).toBe(
      'furniture',
    );
    expect(kindOf('FILE PHOTO: The lab’s logo is seen on a building in Paris.')).toBe('furniture');
    expect(kindOf('(AP)')).toBe('furniture');
    expect(kindOf('(M.O.)')).toBe('furniture');
    expect(kindOf('(Jane Doe/AFP/Getty Images)')).toBe('furniture');
    expect(kindOf('Posted on Tuesday 15 October 2026 at 09:11 by Maria Okafor.')).toBe('furniture');
    // The same words opening a claim, a long caption, and a sentence in brackets.
    expect(kindOf('Image generation is now 40% faster in the new model.')).toBe('claim');
    expect(kindOf('Images by the new model look sharper than before.')).toBe('claim');
    expect(
      kindOf('Video: the robot folds laundry in a home it has never seen before, unaided.'),
    ).toBe('claim');
    expect(kindOf('Credits to the model’s users rose by half in May.')).toBe('claim');
    expect(kindOf('Arm/x86 Chips Both Run It.')).toBe('claim');
    expect(kindOf('Nvidia/Arm deal collapses.')).toBe('claim');
    expect(kindOf('(The lab has not published what the model cost to train.)')).toBe('claim');
    expect(kindOf('(Nvidia sells the chips.)')).toBe('claim');
    expect(kindOf('(Nvidia declined.)')).toBe('claim');
    expect(kindOf('Posted results on Tuesday showed the model ahead.')).toBe('claim');
  });

  it('a reference list’s entries, and the pieces the sentence split leaves of them, are not claims', () => {
    expect(kindOf('^ Okafor, Maria (12 March 2026).')).toBe('furniture');
    expect(kindOf('^ a b "Small models at work".')).toBe('furniture');
    expect(kindOf('Retrieved 14 April 2026.')).toBe('furniture');
    expect(kindOf('Accessed on March 3, 2026.')).toBe('furniture');
    expect(kindOf('Archived from the original (PDF) on 11 May 2025.')).toBe('furniture');
    expect(kindOf('ISBN 978-1-86940-214-3.')).toBe('furniture');
    expect(kindOf('arXiv:2501.12948.')).toBe('furniture');
    expect(kindOf('[3] Okafor, M., Lin, T. and Ruiz, P. (2025). Small models at work.')).toBe(
      'furniture',
    );
    expect(kindOf('Okafor, M. & Lin, T. (2025b). Adapters for invoices, 12(3), 4–19.')).toBe(
      'furniture',
    );
    // The same words opening a claim, and a citation inside one.
    expect(kindOf('Retrieved passages are ranked by the model before it answers.')).toBe('claim');
    expect(kindOf('Accessed by millions, the model now answers in 40 languages.')).toBe('claim');
    expect(kindOf('ArXiv papers on small models grew by 30% in 2025.')).toBe('claim');
    expect(kindOf('Okafor and Lin (2025) found that adapters beat larger models.')).toBe(
      'reported',
    );
    expect(kindOf('Smaller, M-class chips (2025) ran the model at half the cost.')).toBe('claim');
    expect(kindOf('Cheaper, and faster, chips reached the lab last year (2025).')).toBe('claim');
    expect(kindOf('Meanwhile, A. Okafor (2025) argued that small models win.')).not.toBe(
      'furniture',
    );
    expect(kindOf('arXiv: the lab posted its paper there a week before the launch.')).toBe('claim');
  });

  it('the writer’s own view and advice are commentary', () => {
    expect(kindOf('My view: buyers should test the model on their own documents first.')).toBe(
      'commentary',
    );
    expect(kindOf('I think the result matters more for cost than for quality.')).toBe('commentary');
    expect(kindOf('Procurement teams should ask for a benchmark on their own data.')).toBe(
      'commentary',
    );
    expect(kindOf('If you run document processing at scale, the arithmetic changes.')).toBe(
      'commentary',
    );
    expect(kindOf('Why it matters: the cost gap is large.')).toBe('commentary');
    // The writer's speculation on what was just reported, and framing of it.
    expect(kindOf('If true, the pace of robot development accelerates.')).toBe('commentary');
    expect(kindOf('This marks a shift from the lab’s earlier closed releases.')).toBe('commentary');
    // The page citing its own earlier story, and its outlook: not the source's to back.
    expect(kindOf('As we reported in May, the lab has doubled its robotics team.')).toBe(
      'commentary',
    );
    expect(kindOf('What to watch next is whether the lab opens its training data.')).toBe(
      'commentary',
    );
    // The writer directing the reader.
    expect(kindOf('Think of it as an app store for robot skills.')).toBe('commentary');
    expect(kindOf('Watch for rival labs to publish their own cost figures.')).toBe('commentary');
    expect(kindOf('Expect more labs to ship small tuned models this year.')).toBe('commentary');
    expect(kindOf('- Likely impact: Expect quick support in local runners within days.')).toBe(
      'commentary',
    );
    // A label before a claim leaves it a claim.
    expect(kindOf('- Key spec: Expected context length is 128k tokens.')).toBe('claim');
    // "Note that" hands on what the source says; "Thinking" opens no directive.
    expect(kindOf('Note that the models read text only, not images.')).toBe('claim');
    expect(kindOf('Thinking models now cost less than last year.')).toBe('claim');
    // A short verdict on what came before.
    expect(kindOf('That is not a small claim.')).toBe('commentary');
    expect(kindOf('It’s a striking shift for the company.')).toBe('commentary');
    expect(kindOf('It’s disappointing.')).toBe('commentary');
    expect(kindOf('That’s interesting news for small labs.')).toBe('commentary');
    // Not a verdict: what the thing is made for, is called, is doing or where it can be had.
    expect(kindOf('It is designed for agents that run on phones.')).toBe('claim');
    expect(kindOf('This is often called distillation.')).toBe('claim');
    expect(kindOf('This is currently undergoing a safety review.')).toBe('claim');
    expect(kindOf('It is available to everyone from today.')).toBe('claim');
    // Not a verdict: a rank by something measured; a superlative of judgement still is one.
    expect(kindOf('It is the largest open model released this year.')).toBe('claim');
    expect(kindOf('It’s the first model to run entirely on a phone.')).toBe('claim');
    expect(kindOf('This is the fastest chip on the market.')).toBe('claim');
    expect(kindOf('It’s the best thing to happen to open source.')).toBe('commentary');
    expect(kindOf('That’s the biggest bet yet.')).toBe('commentary');
    // Not a verdict: a figure, or a longer sentence that goes on to report.
    expect(kindOf('It is 40 percent cheaper to run.')).toBe('claim');
    expect(
      kindOf(
        'It is trained on text, images and video and reasons about what happens next in a scene.',
      ),
    ).toBe('claim');
  });

  it('a sentence that reports the source is held to it', () => {
    expect(
      kindOf('According to NVIDIA, the model reasons about video in fractions of a second.'),
    ).toBe('reported');
    expect(kindOf('Dharma says its 3B model beat every frontier API it tested.')).toBe('reported');
    expect(kindOf('The post argues that specialization is inevitable.')).toBe('reported');
    // Advice the source gives, reported as the source's, is the source's claim.
    expect(kindOf('The company says teams should fine-tune on their own data.')).toBe('reported');
    // After a plural subject the verb has no -s; advice the authors give is still theirs.
    expect(kindOf('The authors warn that buyers default to the largest model.')).toBe('reported');
    expect(kindOf('They advocate an approach where teams should start from the task.')).toBe(
      'reported',
    );
    // After a modal or "to" the same verbs report no one: advice stays the writer's.
    expect(kindOf('Procurement teams should say no to the largest model by default.')).toBe(
      'commentary',
    );
    // A reporting verb with a capital inside a name reports no one; in a Title Case headline,
    // and as a list item's first word, it still does.
    expect(kindOf('The Model Notes team tested the app on three phones.')).toBe('claim');
    expect(kindOf('A Field Reports editor ran the chatbot for a week.')).toBe('claim');
    expect(kindOf('The lab filed a WARN notice before the layoffs.')).toBe('claim');
    expect(kindOf('The Model Notes team says the app crashed twice.')).toBe('reported');
    expect(kindOf('OpenAI Says Its Newest Model Beats Every Rival On Math.')).toBe('reported');
    expect(kindOf('- Claims the model halves the cost of inference.')).toBe('reported');
  });

  it('reads the writer’s view only outside quotation marks: a quoted speaker’s "I think" is reported', () => {
    // First person, the reader addressed, a directive and the editorial lexicon, each quoted.
    expect(kindOf('"I think robots are the next frontier," Huang said.')).toBe('reported');
    expect(kindOf('"If you build robots, you need a world model," said Huang.')).toBe('reported');
    expect(kindOf('"Think of it as the GPT moment for robotics," Huang told the audience.')).toBe(
      'reported',
    );
    expect(kindOf('"This marks a new era for physical AI," the company wrote.')).toBe('reported');
    // The quotation stays a claim, held to the source's words, though nobody is named as saying it.
    expect(
      kindOf('Huang called the model "nothing short of a revolution for robotics" on stage.'),
    ).toBe('claim');
    // A quotation that runs on from the sentence before is the speaker's too.
    expect(kindOf('Teams should test it first," the post recommends.')).toBe('reported');
    // Outside the marks the same words are the writer's.
    expect(kindOf('I think this is a huge step for robotics.')).toBe('commentary');
    expect(kindOf('This marks a new era for "physical AI" at the company.')).toBe('commentary');
  });

  it('a turn of phrase with "said" or "told", or a reporting word used as a noun, reports no one', () => {
    // The writer's own hinges.
    expect(kindOf('That said, there are reasons for caution.')).toBe('claim');
    expect(kindOf('The gains are real; that being said, the test covers one domain.')).toBe(
      'claim',
    );
    expect(kindOf('Having said that, the release is a solid step.')).toBe('claim');
    expect(kindOf('Truth be told, nobody expected a model this small to win.')).toBe('claim');
    expect(kindOf('Suffice it to say, the scores were close.')).toBe('claim');
    // "that said" as a relative clause or with an object, or a report after the hinge, still reports.
    expect(kindOf('It was the lab that said, in a short post, the model would ship in May.')).toBe(
      'reported',
    );
    expect(kindOf('This said the model would ship in May.')).toBe('reported');
    expect(kindOf('That said, the lab wrote that the model would ship in May.')).toBe('reported');
    // What was said, named by a noun or an adjective after a determiner or a possessive.
    expect(kindOf('If the claims hold up, the market will move fast.')).toBe('claim');
    expect(kindOf('Its claimed accuracy is far above the rest.')).toBe('claim');
    expect(kindOf('The reported gains are large for a model this small.')).toBe('claim');
    expect(kindOf('Dharma’s claims rest on a single benchmark.')).toBe('claim');
    expect(kindOf('The release has the added benefit of open weights.')).toBe('claim');
    // The same words as verbs report.
    expect(kindOf('The company claims a 52x cost advantage.')).toBe('reported');
    expect(kindOf('A lab that claims a record should publish its test set.')).toBe('reported');
  });

  it('plain statements about the subject are claims', () => {
    expect(
      kindOf('The new model scored 0.91 on the benchmark, ahead of every commercial API.'),
    ).toBe('claim');
    expect(kindOf('The release includes the weights and a technical report.')).toBe('claim');
    // "you" in a product's own wording is not the writer addressing the reader.
    expect(kindOf('The toolkit lets you build agents that call external tools.')).toBe('claim');
    // "subscription" is what vendors sell, not newsletter furniture.
    expect(kindOf('The company sells a subscription to its hosted models.')).toBe('claim');
  });
});

describe('the comparison leaves furniture and commentary unjudged', () => {
  const source = articleOf([
    'In our tests on one benchmark of scanned invoices, the specialized model scored 0.91 while the largest commercial model scored 0.83.',
    'The specialized model was also cheaper to run, at about a fiftieth of the cost per million pages.',
    'We do not claim that the result generalizes to every workload or language.',
  ]);

  it('furniture is not a claim in the Report; commentary is the page’s own view; an unrelated claim is not in the source', () => {
    const page = articleOf([
      'The specialized model scored 0.91 on the benchmark of scanned invoices, above the largest commercial model at 0.83.',
      'You can unsubscribe at any time.',
      'My view: buyers should run their own tests before they switch.',
      'Regulators in three countries have opened inquiries into the company’s data practices.',
    ]);
    const report = analyze(page, { source });
    const status = (start: string) => report.claims.find((c) => c.text.startsWith(start))?.status;
    expect(status('The specialized model scored')).toBe('supported');
    expect(status('You can unsubscribe')).toBeUndefined();
    expect(status('My view')).toBe('editorial');
    expect(status('Regulators in three countries')).toBe('unsupported');
  });

  it('a passage that shares only common words supports nothing', () => {
    const page = articleOf([
      'The company says the model is now available to everyone on its cloud platform, at the same price.',
    ]);
    const [claim] = analyze(page, { source }).claims.filter((c) =>
      c.text.startsWith('The company'),
    );
    expect(['uncertain', 'unsupported']).toContain(claim!.status);
  });

  it('a quotation whose speaker says "I think" is held to the source’s words, not shown as the writer’s view', () => {
    const page = articleOf([
      '"I think every enterprise will run a specialized model by next year," the authors wrote.',
      'I think every enterprise will run a specialized model by next year.',
    ]);
    const [quoted, own] = analyze(page, { source }).claims.filter((c) => /I think/.test(c.text));
    expect(quoted!.status).toBe('unsupported');
    expect(quoted!.match?.unquoted).toBeDefined();
    expect(own!.status).toBe('editorial');
  });
});
