// A user session against telegram-test-api (not our emulator): start it, wait for "go" on
// stdin (the bot is then polling it), talk to the bot, print what came back as JSON.
// Usage: node session.js PORT TOKEN
const TelegramServer = require('telegram-test-api');
const readline = require('readline');

const [port, token] = process.argv.slice(2);

async function reply(client, send) {
  await send();
  const updates = await client.getUpdates();
  return updates.result.map((u) => u.message);
}

async function main() {
  const server = new TelegramServer({ port: Number(port), host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  console.log('ready');
  const lines = readline.createInterface({ input: process.stdin });
  await new Promise((resolve) => lines.once('line', resolve));
  const client = server.getClient(token, { timeout: 30000, userId: 501, chatId: 501, firstName: 'Ola' });
  const results = {};
  results.start = await reply(client, () => client.sendCommand(client.makeCommand('/start')));
  results.polish = await reply(client, () => client.sendMessage(client.makeMessage('Ilu studentów zagranicznych studiuje w Lublinie?')));
  results.english = await reply(client, () => client.sendMessage(client.makeMessage('How many foreign students study in Lublin?')));
  const markup = results.english[0].reply_markup;
  const keyboard = typeof markup === 'string' ? JSON.parse(markup) : markup;
  const forward = keyboard.inline_keyboard[0][keyboard.inline_keyboard[0].length - 1].callback_data;
  results.page = await reply(client, () => client.sendCallback(client.makeCallbackQuery(forward)));
  const document = { file_id: 'doc-1', file_unique_id: 'u-doc-1', file_name: 'protokol.pdf', file_size: 1000 };
  results.upload = await reply(client, () => client.sendMessage(client.makeMessage(undefined, { document })));
  console.log(JSON.stringify(results));
  await server.stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
